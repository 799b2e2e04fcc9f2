import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";
import type { Proposal } from "./types";

function fill(line: string, rows: RowInput[]): Proposal[] {
  const snap = snapshotFromLines([line]);
  return planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), { docYear: 2013 });
}
const written = (ps: Proposal[]): (string | null)[] => ps.map((p) => (p.status === "fill" ? p.value : null));

const rows: RowInput[] = [
  { name: "地区生产总值", value: 624.98, unit: "亿元" },
  { name: "人均地区生产总值（按户籍人口）", value: 80229, unit: "元" },
  { name: "人均地区生产总值（美元）", value: 12955, unit: "美元" },
];

describe("a row whose name carries a bracketed note", () => {
  it("is found without its note when the note is written earlier in the sentence, or is the figure's unit", () => {
    expect(written(fill("按户籍人口计算，全区人均生产总值X元，按年平均汇率计算，人均生产总值达X美元。", rows))).toEqual(["80229", "12955"]);
  });

  it("is not taken when the note is written nowhere, and says so", () => {
    const [p] = fill("全区人均生产总值X元。", rows);
    expect(p?.status).not.toBe("fill");
    expect(p?.candidates.some((c) => c.why?.code === "note_missing")).toBe(true);
  });
});
