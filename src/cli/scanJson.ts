import { partKey } from "../core/document/snapshot";
import type { Placeholder } from "../core/placeholders/types";

/** At most this many UTF-16 units of the clause are repeated beside each placeholder. */
export const CLAUSE_WINDOW = 60;

const isLow = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};

/** The part of the clause around the placeholder, at most CLAUSE_WINDOW long, never splitting a surrogate pair. */
export function clauseWindow(p: Placeholder): string {
  const { clause } = p;
  const relStart = Math.max(0, p.start - clause.start);
  const relEnd = Math.min(clause.text.length, Math.max(relStart, p.end - clause.start));
  const len = clause.text.length;
  if (len <= CLAUSE_WINDOW) return clause.text;
  let from = Math.max(0, Math.min(relStart - Math.floor((CLAUSE_WINDOW - (relEnd - relStart)) / 2), len - CLAUSE_WINDOW));
  if (relEnd - relStart >= CLAUSE_WINDOW) from = relStart;
  let to = Math.min(len, from + CLAUSE_WINDOW);
  if (from > 0 && isLow(clause.text, from)) from += 1;
  if (to < len && isLow(clause.text, to)) to -= 1;
  return clause.text.slice(from, to);
}

export interface ScanJson {
  placeholders: Record<string, unknown>[];
  /** `part` as in the placeholder rows: only outside the body (a .docx's headers, footers, notes, text boxes) */
  clauses: { part?: string; paragraph: number; start: number; end: number; text: string }[];
}

/**
 * `scan --json` rows: the documented fields with `clause` cut to a window, and `clauseId` indexing `clauses`, where
 * each clause (by position) is written once — so the output grows with the document, not with placeholders × clause.
 */
export function scanJson(placeholders: readonly Placeholder[]): ScanJson {
  const clauses: ScanJson["clauses"] = [];
  const ids = new Map<string, number>();
  const rows = placeholders.map((p) => {
    // by part, not kind of part: footnote 1 and footnote 2 both have a paragraph 0
    const key = `${partKey(p.part)}:${p.paragraph}:${p.clause.start}:${p.clause.end}`;
    let clauseId = ids.get(key);
    if (clauseId === undefined) {
      clauseId = clauses.length;
      ids.set(key, clauseId);
      clauses.push({ ...(p.part.kind === "body" ? {} : { part: partKey(p.part) }), paragraph: p.paragraph, start: p.clause.start, end: p.clause.end, text: p.clause.text });
    }
    return {
      // .docx drafts: headers, footers and notes are parts of their own ("header:0:Primary", "footnote:2")
      ...(p.part.kind === "body" ? {} : { part: partKey(p.part) }),
      paragraph: p.paragraph,
      start: p.start,
      end: p.end,
      text: p.text,
      kind: p.kind,
      form: p.form,
      unit: p.unit,
      title: p.title,
      approx: p.approx,
      ordinal: p.ordinal,
      group: p.group,
      clause: clauseWindow(p),
      clauseId,
    };
  });
  return { placeholders: rows, clauses };
}
