import { harness } from "./harness";

// https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-parenttablecellornullobject-member
// and word.tablerow#word-word-tablerow-values-member (WordApi 1.3): a paragraph's innermost cell, its row's values.
describe("Paragraph.parentTableCellOrNullObject and TableRow.values (WordApi 1.3)", () => {
  it("gives the cell index and the row's texts for a cell paragraph, a null object outside tables", async () => {
    const h = harness(["正文", { table: [["城镇新增就业", "X万人"], ["失业率", "X%"]] }]);
    const out = await h.Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      const cells = ps.items.map((p) => p.parentTableCellOrNullObject.load("cellIndex,rowIndex"));
      const rows = cells.map((c) => c.parentRow.load("values"));
      await context.sync();
      return cells.map((c, i) => (c.isNullObject ? null : [c.rowIndex, c.cellIndex, rows[i]!.values]));
    });
    expect(out).toEqual([null, [0, 0, [["城镇新增就业", "X万人"]]], [0, 1, [["城镇新增就业", "X万人"]]], [1, 0, [["失业率", "X%"]]], [1, 1, [["失业率", "X%"]]]]);
  });
});
