import type { TableParse } from "../core/table/io/errors";
import { parseCsv } from "../core/table/io/csv";
import { tableFromGrid } from "../core/table/io/grid";
import { tableToCells, tableToCsv } from "../core/table/io/export";
import { tableFromJson, tableToJson } from "../core/table/io/json";
import type { IndicatorTable } from "../core/table/schema";
import { decodeText } from "./decode";
import { readXlsx, writeXlsx } from "./xlsx";

export type TableFormat = "csv" | "xlsx" | "json";

/** Table files above this size are refused before they are read or parsed (the largest real tables are a few MB). */
export const MAX_TABLE_BYTES = 20 * 1024 * 1024;

export const tooLargeMessage = (size: number): string =>
  `文件有 ${(size / 1048576).toFixed(1)} MB，超过指标表上限 ${MAX_TABLE_BYTES / 1048576} MB：请删去不用的行和列，或拆分成几个表`;

export const tooLargeMessageEn = (size: number): string =>
  `The file is ${(size / 1048576).toFixed(1)} MB, over the indicator table's limit of ${MAX_TABLE_BYTES / 1048576} MB: remove unused rows and columns, or split it into several tables`;

export function formatOf(fileName: string): TableFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === "csv" || ext === "txt" ? "csv" : ext === "xlsx" ? "xlsx" : ext === "json" ? "json" : undefined;
}

/** Reads a table file of any supported kind; every problem comes back located, nothing half-applied. */
export async function importTable(bytes: Uint8Array, fileName: string): Promise<TableParse<IndicatorTable>> {
  const format = formatOf(fileName);
  const title = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  if (!format) return { ok: false, errors: [{ code: "bad_shape", message: `不支持的文件类型“${fileName}”：请用 .xlsx、.csv 或 .json`, messageEn: `The file type of "${fileName}" is not supported: use .xlsx, .csv or .json` }] };
  if (bytes.length === 0) return { ok: false, errors: [{ code: "empty_file", message: "文件是空的", messageEn: "The file is empty" }] };
  if (bytes.length > MAX_TABLE_BYTES) return { ok: false, errors: [{ code: "file_too_large", message: tooLargeMessage(bytes.length), messageEn: tooLargeMessageEn(bytes.length) }] };
  if (format === "xlsx") {
    try {
      const read = await readXlsx(bytes);
      return "error" in read ? { ok: false, errors: [read.error] } : tableFromGrid(read.grid, title);
    } catch (e) {
      return { ok: false, errors: [{ code: "bad_xlsx", message: `无法读取 Excel 文件（${e instanceof Error ? e.message.slice(0, 80) : "格式错误"}）：请确认是 .xlsx 格式并重新保存`, messageEn: `The Excel file cannot be read (${e instanceof Error ? e.message.slice(0, 80) : "bad format"}): check that it is an .xlsx file and save it again` }] };
    }
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, errors: [{ code: decoded.code, message: decoded.message, messageEn: decoded.messageEn }] };
  if (format === "json") return tableFromJson(decoded.text, title);
  const csv = parseCsv(decoded.text);
  if (csv.error) return { ok: false, errors: [csv.error] };
  return tableFromGrid(csv.rows, title);
}

export async function exportTable(table: IndicatorTable, format: TableFormat): Promise<Uint8Array> {
  if (format === "xlsx") return writeXlsx(tableToCells(table), "指标");
  const text = format === "json" ? tableToJson(table) : tableToCsv(table);
  return new TextEncoder().encode(text);
}
