import { hitOffsets } from "../document/occurrence";
import type { ParagraphHit } from "../placeholders/types";
import { type Row, rowKind } from "../table/schema";

/** Where a placeholder of an inserted paragraph is: its text and which search hit (0-based) it is in the paragraph. */
export interface Placement {
  text: string;
  nth: number;
  tag: string;
  title: string;
}

/** The indicator a placeholder's own clause names (城镇新增就业X万 → 城镇新增就业), preferring the longest name. */
export function boundRow(ph: ParagraphHit, rows: readonly Row[]): Row | undefined {
  let best: { row: Row; len: number } | undefined;
  for (const row of rows) {
    if (rowKind(row) !== "number") continue;
    for (const n of [row.name, ...row.aliases]) if (ph.clause.text.includes(n) && (!best || n.length > best.len)) best = { row, len: n.length };
  }
  return best?.row;
}

/**
 * The placeholders of a paragraph as search targets, tagged for the fill and the audit: draftkit:ph:<kind>:<indicator>.
 * `text` is the paragraph exactly as inserted.
 */
export function placements(text: string, hits: readonly ParagraphHit[], rows: readonly Row[]): Placement[] {
  return hits.flatMap((ph) => {
    const nth = hitOffsets(text, ph.text).indexOf(ph.start);
    if (nth < 0) return [];
    const row = boundRow(ph, rows);
    return [{ text: ph.text, nth, tag: `draftkit:ph:${ph.kind}:${encodeURIComponent(row?.name ?? "")}`, title: row ? `待填：${row.name}` : "待填" }];
  });
}
