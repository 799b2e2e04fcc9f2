import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";

function fill(line: string, rows: RowInput[]): (string | null)[] {
  const snap = snapshotFromLines([line]);
  const ps = planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), { docYear: 2022 });
  return ps.map((p) => (p.status === "fill" ? p.value : null));
}

const rows: RowInput[] = [
  { name: "地区生产总值", value: 1203560, unit: "万元", period: "2022年" },
  { name: "人均地区生产总值", value: 81240, unit: "元", period: "2022年" },
  { name: "地区生产总值", value: 1158770, unit: "万元", period: "2021年" },
];

describe("a longer row named earlier in the paragraph, of another period than the sentence's", () => {
  it("is no rival: 人均地区生产总值 of 2022 does not make 2021年…生产总值 ambiguous", () => {
    expect(fill("人均地区生产总值为X元。经核实，2021年全县生产总值为X万元。", rows)).toEqual(["81240", "1158770"]);
  });

  it("still is one when the sentence writes no period", () => {
    expect(fill("人均地区生产总值为X元。全县生产总值为X万元。", rows)[1]).toBeNull();
  });
});
