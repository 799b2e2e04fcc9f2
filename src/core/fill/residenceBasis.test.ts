import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";

function fill(line: string, rows: RowInput[]): (string | null)[] {
  const snap = snapshotFromLines([line]);
  const ps = planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), { docYear: 2019 });
  return ps.map((p) => (p.status === "fill" ? p.value : null));
}

const rows: RowInput[] = [
  { name: "户籍人均地区生产总值", value: 126400, unit: "元" },
  { name: "人均地区生产总值", value: 91350, unit: "元" },
];

describe("常住 and 户籍 written at the figure", () => {
  it("reads 常住人均生产总值 as the resident row even after a 户籍 figure earlier in the paragraph", () => {
    expect(fill("全县户籍人均生产总值达X元。常住人均生产总值达X元。", rows)).toEqual(["126400", "91350"]);
  });

  it("still leaves a bare 人均生产总值 blank after a 户籍 figure earlier in the paragraph", () => {
    expect(fill("全县户籍人均生产总值达X元。人均生产总值达X元。", rows)).toEqual(["126400", null]);
  });
});
