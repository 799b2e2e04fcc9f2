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

describe("a name written whole beats a loose match reaching over it", () => {
  // A heading run into the text (页面丢了换行): 种植 + 全年经济作物种植面积 loosely reads as 种植…作物种植面积.
  const rows: RowInput[] = [
    { name: "经济作物种植面积", value: 120.5, unit: "万亩" },
    { name: "种植作物种植面积", value: 80, unit: "万亩" },
  ];

  it("fills the row whose whole name is written before the figure", () => {
    expect(written(fill(["种植全年经济作物种植面积X万亩。"], rows)[0])).toBe("120.5");
  });

  it("still reads a loose name when nothing is written whole", () => {
    const only = rows.filter((r) => r.name !== "经济作物种植面积");
    const p = fill(["种植全年经济作物种植面积X万亩。"], only)[0];
    expect(written(p)).not.toBe("120.5");
  });
});
