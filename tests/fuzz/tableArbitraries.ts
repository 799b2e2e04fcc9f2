import fc from "fast-check";
import { type IndicatorTable, type Row, RowSchema, rowId, rowKind } from "../../src/core/table/schema";

/**
 * Indicator tables for the round-trip property: text from pieces that stress the exporters (formula starters, the
 * CSV guard apostrophe, quotes, commas, line breaks, leading zeros, emoji, full-width digits) and numbers across the
 * range a table may hold. Not generated, by the table format's own rules: text with leading or trailing spaces
 * (import trims), aliases holding a separator (; ； 、), values starting with "=" (import refuses formulas), and
 * control characters (XML cannot hold them).
 */
const pieces = [
  "=", "+", "-", "@", "'", "''", "\"", ",", "\n", "=1+1", "-1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)",
  "007", "0.50", "1e21", "１２", "12%", "3.2", "-5", "😀", "指标", "数值", "城镇新增就业", "失业率", "人", "万元",
  "2025年", "全市", "溪山县", "李志刚", "云川", " ", "a", "Z", "constructor", "__proto__", "toString",
];

const text = fc
  .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 })
  .map((a) => a.join("").trim())
  .filter((s) => s.length > 0);
const optText = fc.oneof(fc.constant(""), text);
const alias = text.filter((s) => !/[;；、]/.test(s));
const textValue = text.filter((s) => !s.startsWith("="));

const number = fc
  .oneof(
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.double({ min: -999_999_999_999_999, max: 999_999_999_999_999, noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0.5, 1e-7, 123456789012345.6, 0.1 + 0.2),
  )
  .map((v) => (Object.is(v, -0) ? 0 : v));

export const rowArb: fc.Arbitrary<Row> = fc
  .record({
    id: fc.option(text, { nil: undefined }),
    name: text,
    aliases: fc.array(alias, { maxLength: 3 }),
    unit: optText,
    period: optText,
    region: optText,
    source: optText,
    figure: fc.oneof(
      fc.record({ value: number, kind: fc.constantFrom(undefined, "number" as const) }),
      fc.record({ value: textValue, kind: fc.constantFrom("person" as const, "place" as const, "name" as const) }),
    ),
  })
  .map(({ figure, id, ...r }) => RowSchema.parse({ ...r, ...(id === undefined ? {} : { id }), value: figure.value, ...(figure.kind ? { kind: figure.kind } : {}) }));

export const tableArb: fc.Arbitrary<IndicatorTable> = fc
  .uniqueArray(rowArb, { maxLength: 8, selector: (r) => `${rowId(r)}#${r.unit}` })
  .map((rows) => ({ format: "draftkit-table", version: 1, title: "表", sample: false, rows }));

/** A row as any exporter and importer agree on it: the kind written out, since export always writes the kind column. */
export const normalRow = (r: Row): Row => ({ ...r, kind: rowKind(r) });
