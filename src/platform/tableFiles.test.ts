import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bundledTable } from "../core/table/bundled";
import { exportTable, importTable } from "./tableFiles";
import { writeXlsx } from "./xlsx";

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, "../../tests/fixtures/tables", name)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("importing tables", () => {
  it.each(["utf8.csv", "utf8-bom.csv", "gbk.csv"])("reads %s with Chinese headers and splits aliases", async (name) => {
    const r = await importTable(fixture(name), name);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.rows.map((x) => [x.name, x.value, x.unit, x.period, x.region])).toEqual([
      ["城镇新增就业", 23456, "人", "2019年", "全市"],
      ["城镇登记失业率", 3.2, "%", "2019年", "全市"],
    ]);
    expect(r.value.rows[0]?.aliases).toEqual(["新增就业", "就业"]);
  });

  it("accepts English headers and ignores extra columns", async () => {
    const r = await importTable(fixture("english.csv"), "english.csv");
    expect(r.ok && r.value.rows[0]).toMatchObject({ name: "New urban jobs", value: 23456, aliases: ["jobs"] });
  });

  it("refuses a file mixing UTF-8 and GBK", async () => {
    const r = await importTable(fixture("mixed.csv"), "mixed.csv");
    expect(r).toMatchObject({ ok: false, errors: [{ code: "mixed_encoding" }] });
  });

  it("keeps a formula-looking name as text and never evaluates it", async () => {
    const r = await importTable(utf8('指标,数值\n"=HYPERLINK(""http://x"")",5\n'), "t.csv");
    expect(r.ok && r.value.rows[0]?.name).toBe('=HYPERLINK("http://x")');
  });

  it("round-trips the bundled table through CSV, JSON and XLSX", async () => {
    for (const format of ["csv", "json", "xlsx"] as const) {
      const bytes = await exportTable(bundledTable, format);
      const r = await importTable(bytes, `out.${format}`);
      if (!r.ok) throw new Error(`${format}: ${JSON.stringify(r.errors)}`);
      expect(r.value.rows.map((x) => [x.name, x.value, x.unit, x.period, x.region, x.aliases])).toEqual(
        bundledTable.rows.map((x) => [x.name, x.value, x.unit, x.period, x.region, x.aliases]),
      );
    }
  });

  it("reads an .xlsx whose value cell is a formula as an error, not a number", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    ws.addRow(["指标", "数值"]);
    ws.addRow(["新增就业", { formula: "SUM(1,2)", result: 3 }]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const r = await importTable(bytes, "f.xlsx");
    expect(r).toMatchObject({ ok: false, errors: [{ code: "formula_cell", row: 2, column: "数值" }] });
  });

  it("escapes formula-looking cells on CSV export", async () => {
    const text = new TextDecoder().decode(
      await exportTable({ ...bundledTable, rows: [{ ...bundledTable.rows[0]!, name: "=1+1" }] }, "csv"),
    );
    expect(text).toContain("'=1+1");
  });

  it("writes numbers into XLSX as numbers and text as text (007 and 0.50 unchanged)", async () => {
    const bytes = await writeXlsx([["指标", "数值", "编号"], ["a", 12.5, "007"], ["b", "0.50", "-1"]], "s");
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(wb.worksheets[0]?.getCell("B2").value).toBe(12.5);
    expect(wb.worksheets[0]?.getCell("C2").value).toBe("007");
    expect(wb.worksheets[0]?.getCell("B3").value).toBe("0.50");
    expect(wb.worksheets[0]?.getCell("C3").value).toBe("-1");
  });
});
