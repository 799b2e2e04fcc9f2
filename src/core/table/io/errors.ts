/** A problem in an imported table: where it is (1-based row as a spreadsheet shows it, column header) and how to fix it. */
export interface TableError {
  code:
    | "empty_file"
    | "bad_encoding"
    | "binary_file"
    | "file_too_large"
    | "too_many_cells"
    | "cell_too_long"
    | "xlsx_too_large"
    | "mixed_encoding"
    | "missing_header"
    | "duplicate_header"
    | "empty_name"
    | "bad_number"
    | "formula_cell"
    | "empty_value"
    | "bad_kind"
    | "duplicate_row"
    | "too_many_rows"
    | "bad_json"
    | "bad_shape"
    | "unclosed_quote"
    | "bad_xlsx"
    | "more_errors";
  message: string;
  row?: number;
  column?: string;
}

export type TableParse<T> = { ok: true; value: T } | { ok: false; errors: TableError[] };

/** Errors are listed up to this many; a file with more says how many were left out. */
export const MAX_REPORTED_ERRORS = 50;

export function capErrors(errors: TableError[]): TableError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const rest = errors.length - MAX_REPORTED_ERRORS;
  return [...errors.slice(0, MAX_REPORTED_ERRORS), { code: "more_errors", message: `另有 ${rest} 处错误未列出，请先改正以上错误` }];
}
