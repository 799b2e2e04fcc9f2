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

// https://learn.microsoft.com/en-us/javascript/api/word/word.body#word-word-body-inserttable-member(1) (WordApi 1.3).
describe("Body.insertTable", () => {
  it("inserts a table of values at the end, and refuses other locations", async () => {
    const h = harness(["正文"]);
    await h.Word.run(async (context) => {
      context.document.body.insertTable(1, 2, "End", [["城镇新增就业", "X"]]);
      await context.sync();
    });
    expect(h.host.doc.body.tables()[0]?.values).toEqual([["城镇新增就业", "X"]]);
    await expect(
      h.Word.run(async (context) => {
        context.document.body.insertTable(1, 1, "After" as "End", [["甲"]]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
