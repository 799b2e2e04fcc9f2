import { type IndicatorTable, type Row, rowKind } from "../schema";
import { toCsv } from "./csv";
import { exportHeaders } from "./headers";
import { plainNumber } from "./numberCell";

const kindLabel = { number: "数值", person: "人员", place: "地名", name: "名称" } as const;

const head = (): string[] => [
  exportHeaders.id,
  exportHeaders.name,
  exportHeaders.aliases,
  exportHeaders.value,
  exportHeaders.unit,
  exportHeaders.period,
  exportHeaders.region,
  exportHeaders.source,
  exportHeaders.kind,
];

const cells = (r: Row, value: string | number): (string | number)[] => [r.id ?? "", r.name, r.aliases.join("；"), value, r.unit, r.period, r.region, r.source, kindLabel[rowKind(r)]];

/**
 * The table as a grid with Chinese headers, the same columns import reads back — the id column included, since
 * linked values in documents are keyed on explicit ids. Numbers are written without exponent (1e-7 → 0.0000001).
 */
export function tableToGrid(table: IndicatorTable): string[][] {
  return [head(), ...table.rows.map((r) => cells(r, typeof r.value === "number" ? plainNumber(r.value) : r.value).map(String))];
}

/** For a workbook: numbers stay numbers (they can be summed), text stays text (007 stays 007, 0.50 stays 0.50). */
export function tableToCells(table: IndicatorTable): (string | number)[][] {
  return [head(), ...table.rows.map((r) => cells(r, r.value))];
}

/** UTF-8 with a byte-order mark, so Excel on Chinese Windows opens it without garbling. */
export const tableToCsv = (table: IndicatorTable): string => `\uFEFF${toCsv(tableToGrid(table))}`;
