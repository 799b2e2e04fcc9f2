import type { TableError } from "../core/table/io/errors";
import type { Cell } from "../core/table/io/grid";

type ExcelModule = typeof import("exceljs");

/** exceljs is large: it is loaded only when a workbook is opened or saved (a separate chunk in the pane). */
async function excel(): Promise<ExcelModule> {
  const mod = (await import("exceljs")) as ExcelModule & { default?: ExcelModule };
  return mod.default ?? mod;
}

function cellOf(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    const o = v as { formula?: string; sharedFormula?: string; richText?: { text: string }[]; text?: string; hyperlink?: string; error?: string };
    if (o.formula !== undefined || o.sharedFormula !== undefined) return { formula: o.formula ?? o.sharedFormula ?? "" };
    if (o.richText) return o.richText.map((r) => r.text).join("");
    if (o.text !== undefined) return String(o.text);
    if (o.error !== undefined) return String(o.error);
  }
  return String(v);
}

/**
 * The first worksheet as a grid of cells; formulas are returned as formulas (never evaluated). The zip is inspected
 * first (zipInspect.ts), so a workbook over the limits is refused before exceljs inflates it.
 */
export async function readXlsx(bytes: Uint8Array): Promise<{ grid: Cell[][] } | { error: TableError }> {
  const { inspectXlsx } = await import("./zipInspect");
  const problem = inspectXlsx(bytes);
  if (problem) return { error: { code: problem.code, message: problem.message, messageEn: problem.messageEn } };
  return { grid: await readWorkbook(bytes) };
}

async function readWorkbook(bytes: Uint8Array): Promise<Cell[][]> {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = wb.worksheets[0];
  if (!sheet) return [];
  const grid: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells[c - 1] = cellOf(cell.value);
    });
    grid[n - 1] = cells;
  });
  return Array.from(grid, (r) => r ?? []);
}

/** Numbers go in as numbers so the sheet can be summed; text stays text (007, 0.50, =A1 included). */
export async function writeXlsx(grid: readonly (readonly (string | number)[])[], sheetName: string): Promise<Uint8Array> {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(sheetName);
  for (const row of grid) sheet.addRow([...row]);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
