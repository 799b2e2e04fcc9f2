import { harness } from "./harness";

// https://learn.microsoft.com/en-us/javascript/api/word/word.table#word-word-table-mergecells-member(1) (WordApi 1.4)
// and office-js issue 3200 (loading cellIndex of a vertically merged cell fails the batch with GeneralException).
describe("merged table cells", () => {
  const grid = [
    ["指标", "2024年", "2025年"],
    ["就业", "X万人", "X万人"],
    ["", "X%", "X%"],
  ];

  it("Table.mergeCells joins a row's cells into the first (its content appended) and shortens the row", async () => {
    const h = harness([{ table: grid }], { wordApiMinor: 4 });
    const out = await h.Word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      table.mergeCells(0, 1, 0, 2);
      table.load("values,rowCount");
      await context.sync();
      return { values: table.values, rowCount: table.rowCount };
    });
    expect(out).toEqual({ values: [["指标", "2024年\r2025年"], ["就业", "X万人", "X万人"], ["", "X%", "X%"]], rowCount: 3 });
  });

  it("a vertical merge keeps the rows; loading cellIndex of the merged cell fails the batch with GeneralException (issue 3200)", async () => {
    const h = harness([{ table: grid }], { wordApiMinor: 4 });
    const values = await h.Word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      table.mergeCells(1, 0, 2, 0);
      table.load("values");
      await context.sync();
      return table.values;
    });
    expect(values).toEqual([["指标", "2024年", "2025年"], ["就业", "X万人", "X万人"], ["", "X%", "X%"]]);
    const load = (row: number, cell: number, what: string) =>
      h.Word.run(async (context) => {
        const p = context.document.body.tables.getFirst().getCell(row, cell).body.paragraphs.getFirst();
        const c = p.parentTableCellOrNullObject.load(what);
        await context.sync();
        return what === "value" ? c.value : c.cellIndex;
      });
    await expect(load(1, 0, "cellIndex")).rejects.toMatchObject({ code: "GeneralException" });
    await expect(load(2, 0, "cellIndex")).rejects.toMatchObject({ code: "GeneralException" });
    await expect(load(1, 0, "value")).resolves.toBe("就业");
    await expect(load(1, 1, "cellIndex")).resolves.toBe(1);
  });

  it("refuses cells outside the table with InvalidArgument, and needs WordApi 1.4", async () => {
    const merge = (minor: number, args: [number, number, number, number]) =>
      harness([{ table: grid }], { wordApiMinor: minor }).Word.run(async (context) => {
        context.document.body.tables.getFirst().mergeCells(...args);
        await context.sync();
      });
    await expect(merge(4, [0, 1, 0, 5])).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(merge(3, [0, 1, 0, 2])).rejects.toMatchObject({ code: expect.any(String) });
  });
});
