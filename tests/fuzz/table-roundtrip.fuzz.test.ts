import fc from "fast-check";
import { parseCsv, toCsv } from "../../src/core/table/io/csv";
import type { IndicatorTable } from "../../src/core/table/schema";
import { exportTable, importTable } from "../../src/platform/tableFiles";
import { normalRow, tableArb } from "./tableArbitraries";

const runs = Number(process.env.FUZZ_RUNS ?? 200);
// npm run fuzz runs 100,000 cases per target: minutes, not the default five seconds.
jest.setTimeout(Math.max(30_000, runs * 10));
// exceljs writes and reads a workbook in tens of milliseconds: the XLSX property runs a twentieth as many cases.
const xlsxRuns = Math.max(10, Math.ceil(runs / 20));

async function roundTrip(table: IndicatorTable, format: "csv" | "json" | "xlsx"): Promise<void> {
  const back = await importTable(await exportTable(table, format), `表.${format}`);
  if (!back.ok) throw new Error(`${format}: ${JSON.stringify(back.errors.slice(0, 3))}`);
  if (format === "json") expect(back.value).toEqual(table);
  else expect(back.value.rows).toEqual(table.rows.map(normalRow));
}

describe("table export → import is the identity (fuzz)", () => {
  it("CSV", async () => {
    await fc.assert(fc.asyncProperty(tableArb, (t) => roundTrip(t, "csv")), { numRuns: runs });
  });

  it("JSON", async () => {
    await fc.assert(fc.asyncProperty(tableArb, (t) => roundTrip(t, "json")), { numRuns: runs });
  });

  it("XLSX", async () => {
    await fc.assert(fc.asyncProperty(tableArb, (t) => roundTrip(t, "xlsx")), { numRuns: xlsxRuns });
  }, Math.max(120_000, xlsxRuns * 250));

  it("CSV cells of any text come back unchanged, guard apostrophes included", () => {
    const cell = fc.string({ unit: fc.constantFrom("=", "+", "-", "@", "'", "\t", "\r", "\n", "\"", ",", "1", ".", "a", "字") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        // A row of one empty cell is a blank line, which CSV cannot tell from no row: give it a second cell.
        const grid = rows.map((r) => (r.length === 1 && r[0] === "" ? ["", ""] : r));
        expect(parseCsv(toCsv(grid)).rows).toEqual(grid);
      }),
      { numRuns: runs },
    );
  });

  it("guards every formula-looking cell that is not a plain number", () => {
    const out = toCsv([["-1+1", "-2+3+cmd|' /C calc'!A0", "=1+1", "+1", "@SUM(A1)", "\tx", "\rx", "-1", "-1.5", "3"]]);
    expect(out).toBe(`'-1+1,'-2+3+cmd|' /C calc'!A0,'=1+1,'+1,'@SUM(A1),'\tx,"'\rx",-1,-1.5,3\r\n`);
  });

  it("keeps its shrunk counter-examples as regression cases", async () => {
    const row = (r: Partial<IndicatorTable["rows"][number]>) => ({ name: "a", aliases: [], value: 1, unit: "", period: "", region: "", source: "", ...r });
    const cases: IndicatorTable["rows"][] = [
      [row({ value: 1e-7 })],
      [row({ value: "007", kind: "name" }), row({ name: "b", value: "0.50", kind: "name" })],
      [row({ name: "'=x", id: "-1+1", value: "'-1", kind: "person" })],
    ];
    for (const rows of cases) {
      const t: IndicatorTable = { format: "draftkit-table", version: 1, title: "表", sample: false, rows };
      for (const f of ["csv", "json", "xlsx"] as const) await roundTrip(t, f);
    }
  });
});
