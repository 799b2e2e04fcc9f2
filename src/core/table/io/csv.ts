import type { TableError } from "./errors";
import { tableLimits } from "./limits";

/**
 * RFC 4180 CSV: commas, double-quoted fields with "" for a quote, CRLF or LF line ends, line breaks inside quotes.
 * Excel on Chinese Windows may also write tabs or semicolons when asked; DraftKit reads commas only. Reading stops
 * at the first limit passed (rows, columns, cells, characters in a cell: see limits.ts).
 */
export function parseCsv(text: string): { rows: string[][]; error?: TableError } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  let cells = 0;
  const limit = (): TableError | undefined => {
    if (field.length > tableLimits.cellChars) return { code: "cell_too_long", row: line, message: `第 ${line} 行有单元格超过 ${tableLimits.cellChars} 个字符：请检查是否漏了引号，或删去过长的内容` };
    if (row.length > tableLimits.columns) return { code: "too_many_cells", row: line, message: `第 ${line} 行超过 ${tableLimits.columns} 列：指标表只需 指标、别名、数值、单位、期间、地区、来源、类型 等列` };
    if (cells > tableLimits.cells) return { code: "too_many_cells", row: line, message: `文件超过 ${tableLimits.cells} 个单元格：请删去无关的行和列后导入` };
    if (rows.length > tableLimits.rawRows) return { code: "too_many_rows", row: line, message: `文件超过 ${tableLimits.rawRows} 行：指标表最多 ${tableLimits.rows} 行，请拆分后导入` };
    return undefined;
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (c === "\n") line += 1;
        field += c;
        if (field.length > tableLimits.cellChars) return { rows, error: limit() as TableError };
      }
      continue;
    }
    if (c === '"' && field.length === 0) {
      quoted = true;
      quoteLine = line;
    } else if (c === ",") {
      row.push(unguard(field));
      field = "";
      cells += 1;
      if (row.length > tableLimits.columns || cells > tableLimits.cells) return { rows, error: limit() as TableError };
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i += 1;
      row.push(unguard(field));
      cells += 1;
      rows.push(row);
      row = [];
      field = "";
      line += 1;
      const over = limit();
      if (over) return { rows, error: over };
    } else {
      field += c;
      if (field.length > tableLimits.cellChars) return { rows, error: limit() as TableError };
    }
  }
  if (quoted) return { rows, error: { code: "unclosed_quote", message: `第 ${quoteLine} 行的引号没有闭合，请检查该单元格`, row: quoteLine } };
  if (field.length > 0 || row.length > 0) {
    row.push(unguard(field));
    rows.push(row);
  }
  return { rows };
}

const plainNumber = /^-?\d+(?:\.\d+)?$/;
const needsGuard = /^'*[=+\-@\t\r]/;

/**
 * Cells a spreadsheet would run as a formula get a leading apostrophe (CSV injection guard) unless they are a plain
 * number: -1 stays -1, but -1+1 and -2+3+cmd|' /C calc'!A0 are guarded. A cell that already starts with
 * apostrophes before such a character gets one more, so that import, which strips exactly one, gives it back.
 */
export const guardCell = (s: string): string => (needsGuard.test(s) && !plainNumber.test(s) ? `'${s}` : s);

/** The inverse of guardCell, applied to every cell read. */
export const unguard = (s: string): string => (s.startsWith("'") && needsGuard.test(s) && !plainNumber.test(s.slice(1)) ? s.slice(1) : s);

export function toCsv(rows: readonly (readonly string[])[]): string {
  const cell = (raw: string): string => {
    const s = guardCell(raw);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
