import { type IndicatorTable, type Row, type RowKind, RowSchema } from "../../../core/table/schema";
import { parseNumberCell } from "../../../core/table/io/grid";

/** The editable fields of a row, in form order. */
export const textFields = ["name", "value", "unit", "period", "region", "source", "id"] as const;
export type TextField = (typeof textFields)[number];
export type Field = TextField | "aliases" | "kind";

/** A row as the form holds it: every field as typed. */
export interface Draft {
  name: string;
  value: string;
  unit: string;
  period: string;
  region: string;
  source: string;
  id: string;
  aliases: string[];
  kind: RowKind | "";
}

export type FieldError = { code: "required" | "not_number" | "duplicate_alias" | "invalid"; message: string };

export const draftOf = (row: Row): Draft => ({
  name: row.name,
  value: String(row.value),
  unit: row.unit,
  period: row.period,
  region: row.region,
  source: row.source,
  id: row.id ?? "",
  aliases: [...row.aliases],
  kind: row.kind ?? "",
});

/**
 * Validates a draft with the table's zod schema, field by field. The value is a number unless the row is a person,
 * a place or a name (set, or implied by a value that is not a figure); a row typed as a number needs a figure.
 */
export function validateDraft(d: Draft): { ok: true; row: Row } | { ok: false; errors: Partial<Record<Field, FieldError>> } {
  const errors: Partial<Record<Field, FieldError>> = {};
  const figure = parseNumberCell(d.value);
  if (d.kind === "number" && d.value.trim() !== "" && !figure) errors.value = { code: "not_number", message: "类型为数字，数值应为数字（如 2.35 或 12%）" };
  const value = figure && (d.kind === "" || d.kind === "number") ? figure.value : d.value;
  const seen = new Set<string>();
  for (const a of d.aliases) {
    if (seen.has(a)) errors.aliases = { code: "duplicate_alias", message: `别名“${a}”重复` };
    seen.add(a);
  }
  const parsed = RowSchema.safeParse({
    name: d.name,
    aliases: d.aliases,
    value,
    unit: d.unit,
    period: d.period,
    region: d.region,
    source: d.source,
    ...(d.id.trim() ? { id: d.id } : {}),
    ...(d.kind ? { kind: d.kind } : {}),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as Field | undefined;
      if (!field || errors[field]) continue;
      errors[field] = { code: issue.code === "too_small" ? "required" : "invalid", message: issue.message };
    }
  }
  return parsed.success && Object.keys(errors).length === 0 ? { ok: true, row: parsed.data } : { ok: false, errors };
}

/** Splits what was typed into the alias box on the separators the importers accept (; ； 、). */
export const splitAliases = (typed: string): string[] =>
  typed
    .split(/[;；、]/)
    .map((s) => s.trim())
    .filter((s) => s);

const edited = (t: IndicatorTable, rows: Row[]): IndicatorTable => ({ ...t, sample: false, rows });

export const replaceRow = (t: IndicatorTable, i: number, row: Row): IndicatorTable => edited(t, t.rows.map((r, k) => (k === i ? row : r)));
export const deleteRow = (t: IndicatorTable, i: number): IndicatorTable => edited(t, t.rows.filter((_, k) => k !== i));

/** A copy right after the row; an explicit id is dropped so that two rows never share one. */
export function duplicateRow(t: IndicatorTable, i: number): IndicatorTable {
  const row = t.rows[i];
  if (!row) return t;
  const copy: Row = { ...row, aliases: [...row.aliases] };
  delete copy.id;
  return edited(t, [...t.rows.slice(0, i + 1), copy, ...t.rows.slice(i + 1)]);
}

export const addRow = (t: IndicatorTable, name: string): IndicatorTable => edited(t, [...t.rows, RowSchema.parse({ name, value: 0 })]);

/** Rows whose name, alias, period, region or value contains the query, with their index in the table. */
export function searchRows(t: IndicatorTable, query: string): { index: number; row: Row }[] {
  const q = query.trim().toLowerCase();
  const all = t.rows.map((row, index) => ({ index, row }));
  if (!q) return all;
  return all.filter(({ row }) => [row.name, ...row.aliases, row.period, row.region, String(row.value)].some((s) => s.toLowerCase().includes(q)));
}
