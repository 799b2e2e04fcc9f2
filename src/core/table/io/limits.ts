/**
 * Limits on what an imported table may hold, checked while reading so a hostile or broken file is refused before
 * it takes the memory of the pane or the CLI. Each has its own message in the code that checks it.
 */
export const tableLimits = {
  /** data rows (the schema holds the same cap) */
  rows: 100_000,
  /** raw lines or rows read, blank ones included, before the reader stops */
  rawRows: 200_000,
  /** columns in one row */
  columns: 200,
  /** cells in the whole file */
  cells: 2_000_000,
  /** characters in one cell */
  cellChars: 10_000,
};
