/** Every code a table problem can carry; each has its English text beside the zh-CN one (errorsEn.test.ts checks). */
export const tableErrorCodes = [
  "empty_file",
  "bad_encoding",
  "binary_file",
  "file_too_large",
  "too_many_cells",
  "cell_too_long",
  "xlsx_too_large",
  "mixed_encoding",
  "missing_header",
  "duplicate_header",
  "empty_name",
  "bad_number",
  "formula_cell",
  "empty_value",
  "bad_kind",
  "duplicate_row",
  "too_many_rows",
  "bad_json",
  "bad_shape",
  "unclosed_quote",
  "bad_xlsx",
  "more_errors",
] as const;

/** A problem in an imported table: where it is (1-based row as a spreadsheet shows it, column header) and how to fix it. */
export interface TableError {
  code: (typeof tableErrorCodes)[number];
  /** zh-CN */
  message: string;
  /** the same message in en-US (the pane shows it when its locale is en-US) */
  messageEn: string;
  row?: number;
  column?: string;
}

export type TableParse<T> = { ok: true; value: T } | { ok: false; errors: TableError[] };

/** Errors are listed up to this many; a file with more says how many were left out. */
export const MAX_REPORTED_ERRORS = 50;

export function capErrors(errors: TableError[]): TableError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const rest = errors.length - MAX_REPORTED_ERRORS;
  return [...errors.slice(0, MAX_REPORTED_ERRORS), { code: "more_errors", message: `另有 ${rest} 处错误未列出，请先改正以上错误`, messageEn: `${rest} more errors are not listed: correct the ones above first` }];
}
