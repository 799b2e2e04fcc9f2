import { type Row, type RowKind, rowKind } from "../table/schema";

/**
 * The rows of one kind holding a text value (people, places, names), once per row array: the name matchers looked
 * at every row of the table for every placeholder, which a 100,000-row table of figures made slow.
 */
const memo = new WeakMap<readonly Row[], Map<RowKind, readonly Row[]>>();

export function textRowsOfKind(rows: readonly Row[], kind: RowKind): readonly Row[] {
  let byKind = memo.get(rows);
  if (!byKind) {
    byKind = new Map();
    memo.set(rows, byKind);
  }
  let found = byKind.get(kind);
  if (!found) {
    found = rows.filter((r) => rowKind(r) === kind && typeof r.value === "string");
    byKind.set(kind, found);
  }
  return found;
}
