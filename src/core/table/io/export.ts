import { type IndicatorTable, rowKind } from "../schema";
import { toCsv } from "./csv";
import { exportHeaders } from "./headers";

const kindLabel = { number: "数值", person: "人员", place: "地名", name: "名称" } as const;

/** The table as a grid with Chinese headers, the same columns import reads back. */
export function tableToGrid(table: IndicatorTable): string[][] {
  const head = [exportHeaders.name, exportHeaders.aliases, exportHeaders.value, exportHeaders.unit, exportHeaders.period, exportHeaders.region, exportHeaders.source, exportHeaders.kind];
  return [
    head,
    ...table.rows.map((r) => [r.name, r.aliases.join("；"), String(r.value), r.unit, r.period, r.region, r.source, kindLabel[rowKind(r)]]),
  ];
}

/** UTF-8 with a byte-order mark, so Excel on Chinese Windows opens it without garbling. */
export const tableToCsv = (table: IndicatorTable): string => `\uFEFF${toCsv(tableToGrid(table))}`;
