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
  let line = 1;
  let cells = 0;
  const at = (code: TableError["code"], message: string, messageEn: string): { rows: string[][]; error: TableError } => ({ rows, error: { code, row: line, message, messageEn } });
  const tooLong = () =>
    at("cell_too_long", `第 ${line} 行有单元格超过 ${tableLimits.cellChars} 个字符：请检查是否漏了引号，或删去过长的内容`, `Row ${line} has a cell over ${tableLimits.cellChars} characters: check for a missing quote, or remove the long content`);
  const delimiter = /[,\r\n]/g;
  if (text.length === 0) return { rows };
  let i = 0;
  // Each turn reads one field (sliced, not built character by character) and the delimiter after it.
  while (i <= text.length) {
    let field: string;
    if (text.charCodeAt(i) === 34) {
      const quoteLine = line;
      const parts: string[] = [];
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) return { rows, error: { code: "unclosed_quote", message: `第 ${quoteLine} 行的引号没有闭合，请检查该单元格`, messageEn: `The quote in row ${quoteLine} is not closed: check that cell`, row: quoteLine } };
        parts.push(text.slice(from, q));
        if (text.charCodeAt(q + 1) === 34) {
          parts.push('"');
          from = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      field = parts.join("");
      for (let k = field.indexOf("\n"); k >= 0; k = field.indexOf("\n", k + 1)) line += 1;
      // Text between the closing quote and the delimiter is kept, as spreadsheets do.
      delimiter.lastIndex = i;
      const m = delimiter.exec(text);
      const stop = m ? m.index : text.length;
      field += text.slice(i, stop);
      i = stop;
    } else {
      delimiter.lastIndex = i;
      const m = delimiter.exec(text);
      const stop = m ? m.index : text.length;
      field = text.slice(i, stop);
      i = stop;
    }
    if (field.length > tableLimits.cellChars) return tooLong();
    row.push(unguard(field));
    cells += 1;
    if (row.length > tableLimits.columns) return at("too_many_cells", `第 ${line} 行超过 ${tableLimits.columns} 列：指标表只需 指标、别名、数值、单位、期间、地区、来源、类型 等列`, `Row ${line} has over ${tableLimits.columns} columns: an indicator table needs only columns such as name, aliases, value, unit, period, region, source, kind`);
    if (cells > tableLimits.cells) return at("too_many_cells", `文件超过 ${tableLimits.cells} 个单元格：请删去无关的行和列后导入`, `The file has over ${tableLimits.cells} cells: remove the unrelated rows and columns, then import it`);
    if (i >= text.length) {
      rows.push(row); // a last line without a line break
      break;
    }
    const c = text.charCodeAt(i);
    i += 1;
    if (c === 44) continue;
    if (c === 13 && text.charCodeAt(i) === 10) i += 1;
    rows.push(row);
    row = [];
    line += 1;
    if (rows.length > tableLimits.rawRows) return at("too_many_rows", `文件超过 ${tableLimits.rawRows} 行：指标表最多 ${tableLimits.rows} 行，请拆分后导入`, `The file has over ${tableLimits.rawRows} rows: an indicator table has at most ${tableLimits.rows} rows; split it before importing`);
    if (i >= text.length) break;
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
