import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";
import type { Proposal } from "./types";

const table = (rows: RowInput[]) => TableSchema.parse({ format: "draftkit-table", version: 1, rows });
const fill = (lines: string[], rows: RowInput[]): Proposal[] => {
  const snap = snapshotFromLines(lines);
  return planFills(snap, scanSnapshot(snap).placeholders, table(rows), { docYear: 2026 });
};
const written = (p: Proposal | undefined): string | null => (p && p.status === "fill" ? p.value : null);

// Two indicators of the same parts: value added and investment.
const rows: RowInput[] = [
  { name: "民间投资增长速度", value: 9, unit: "%" },
  { name: "第一产业增加值增长速度", value: 4, unit: "%" },
  { name: "第一产业投资增长速度", value: 20, unit: "%" },
  { name: "第二产业增加值增长速度", value: 3, unit: "%" },
  { name: "第二产业投资增长速度", value: 7, unit: "%" },
];

describe("a part named alone takes the indicator written before it", () => {
  it("reads 分产业看 after an investment sentence as the parts' investment, across the ；", () => {
    const ps = fill(["全区民间投资增长X%。分产业看，第一产业增长X%；第二产业增长X%。"], rows);
    expect(ps.map(written)).toEqual(["9", "20", "7"]);
  });

  it("keeps the value-added row when 生产总值 is what the sentence before spoke of", () => {
    const ps = fill(["全区生产总值增长X%。分产业看，第一产业增长X%。"], [...rows, { name: "地区生产总值增长速度", value: 6, unit: "%" }]);
    expect(written(ps[1])).toBe("4");
  });

  it("leaves the part blank when nothing before says which indicator", () => {
    const [p] = fill(["今年以来，第一产业增长X%。"], rows);
    expect(p).toMatchObject({ status: "ambiguous", value: null });
  });

  it("leaves it blank when both indicators are written before", () => {
    const ps = fill(["全区增加值和民间投资均保持增长。分产业看，第一产业增长X%。"], rows);
    expect(ps[0]).toMatchObject({ status: "ambiguous", value: null });
  });

  it("reads a part written with 下降 the same way, never the value added's fall (第三产业下降X%)", () => {
    const both: RowInput[] = [
      ...rows,
      { name: "第三产业增加值增长速度", value: -2, unit: "%" },
      { name: "第三产业投资增长速度", value: -3.6, unit: "%" },
    ];
    expect(fill(["全区民间投资增长X%。分产业看，第一产业增长X%；第三产业下降X%。"], both).map(written)).toEqual(["9", "20", "3.6"]);
    expect(fill(["今年以来，第三产业下降X%。"], both)[0]).toMatchObject({ status: "ambiguous", value: null });
  });

  it("is unchanged when the table has no other indicator of that part", () => {
    const only = rows.filter((r) => !r.name.includes("投资"));
    expect(written(fill(["今年以来，第一产业增长X%。"], only)[0])).toBe("4");
  });
});
