import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";

function fill(line: string, rows: RowInput[]): (string | null)[] {
  const snap = snapshotFromLines([line]);
  const ps = planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), { docYear: 2024 });
  return ps.map((p) => (p.status === "fill" ? p.value : null));
}

const rows: RowInput[] = [
  { name: "民营经济增加值", value: 122.64, unit: "亿元" },
  { name: "民营经济增加值增长速度", value: 5.8, unit: "%" },
  { name: "民营经济增加值占地区生产总值比重", value: 61.0, unit: "%" },
  { name: "民营经济对经济增长的贡献率", value: 56.5, unit: "%" },
  { name: "第二产业对经济增长的贡献率", value: 32.9, unit: "%" },
  { name: "第三产业增加值", value: 1815.7, unit: "亿元" },
  { name: "第三产业对经济增长的贡献率", value: 67.2, unit: "%" },
];

describe("a contribution written without its subject", () => {
  it("is the contribution of the figure named before, past its growth and share", () => {
    expect(fill("全年民营经济增加值X亿元，比上年增长X%，占GDP的比重为X%，对GDP增长的贡献率为X%。", rows)).toEqual(["122.64", "5.8", "61", "56.5"]);
  });

  it("reads a bare 贡献率 the same way (第三产业增加值X亿元，可比增长X%，贡献率为X%)", () => {
    expect(fill("第三产业增加值X亿元，贡献率为X%。", rows)).toEqual(["1815.7", "67.2"]);
  });

  it("is blank when the figure before has no contribution row", () => {
    expect(fill("工业增加值X亿元，贡献率为X%。", [...rows, { name: "工业增加值", value: 1, unit: "亿元" }])).toEqual(["1", null]);
  });

  it("does not reach past a ；", () => {
    expect(fill("第三产业增加值X亿元；贡献率为X%。", rows)[1]).toBeNull();
  });
});
