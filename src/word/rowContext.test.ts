import { scanSnapshot } from "../core/placeholders/scan";
import { buildDocument } from "../simword/build";
import { installSimDocument } from "./testing";

// Row context comes from each table paragraph's own row (Paragraph.parentTableCellOrNullObject → TableCell.parentRow,
// WordApi 1.3: learn.microsoft.com/javascript/api/word/word.tablecell), so a nested table or a merged cell elsewhere
// no longer makes the whole document lose it.
describe("table row context", () => {
  it("keeps each row's context beside a nested table, in two syncs", async () => {
    const doc = buildDocument({ blocks: ["正文", { table: [["城镇新增就业", "X万人"], ["分年度", ""]] }] });
    const cell = doc.body.tables()[0]!.rows[1]![1]!;
    cell.blocks.length = 0;
    cell.appendTable([["2025年", "X万人"]]);
    const { sim, host } = installSimDocument(doc);
    const snap = await host.read();
    expect(sim.syncCount()).toBe(2);
    const found = scanSnapshot(snap).placeholders.map((p) => [p.text + p.unit, p.rowContext]);
    expect(found).toEqual([
      ["X万人", "城镇新增就业"],
      ["X万人", "2025年"],
    ]);
  });
});
