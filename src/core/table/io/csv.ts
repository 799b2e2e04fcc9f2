import type { TableError } from "./errors";

/**
 * RFC 4180 CSV: commas, double-quoted fields with "" for a quote, CRLF or LF line ends, line breaks inside quotes.
 * Excel on Chinese Windows may also write tabs or semicolons when asked; DraftKit reads commas only.
 */
export function parseCsv(text: string): { rows: string[][]; error?: TableError } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
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
      }
      continue;
    }
    if (c === '"' && field.length === 0) {
      quoted = true;
      quoteLine = line;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      line += 1;
    } else field += c;
  }
  if (quoted) return { rows, error: { code: "unclosed_quote", message: `第 ${quoteLine} 行的引号没有闭合，请检查该单元格`, row: quoteLine } };
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows };
}

/** Cells that a spreadsheet would run as a formula are written with a leading apostrophe (CSV injection guard). */
const escapeFormula = (s: string): string => (/^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s);

export function toCsv(rows: readonly (readonly string[])[]): string {
  const cell = (raw: string): string => {
    const s = escapeFormula(raw);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
