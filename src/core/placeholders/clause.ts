import type { Clause } from "./types";

const clauseBreaks = /[。！？!?；;，,：:、]/g;
const sentenceBreaks = new Set("。！？!?；;");

/** Positions of the clause and sentence breaks of one paragraph, found once and shared by all its placeholders. */
export interface Breaks {
  text: string;
  clause: readonly number[];
  sentence: readonly number[];
  /** the clause and the sentence built last, shared with the next placeholder when it lies in the same one */
  clauses: { clause?: Clause };
  sentences: { clause?: Clause };
}

export function paragraphBreaks(text: string): Breaks {
  const clause: number[] = [];
  const sentence: number[] = [];
  clauseBreaks.lastIndex = 0;
  for (let m = clauseBreaks.exec(text); m; m = clauseBreaks.exec(text)) {
    clause.push(m.index);
    if (sentenceBreaks.has(m[0])) sentence.push(m.index);
  }
  return { text, clause, sentence, clauses: {}, sentences: {} };
}

/** Index of the first position in the sorted `at` that is ≥ `x` (at.length when none is). */
function firstAtOrAfter(at: readonly number[], x: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((at[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Real sentences run to a few hundred characters (the longest of the evaluation corpora: 305). A longer stretch
 * without a break — a list of thousands of items, text with its stops lost — is read in a window around the
 * placeholder instead, 400 characters before it to 200 after, on a grid of 200 so that neighbours share a window:
 * every reading of the context then costs the same whatever the paragraph's length.
 */
const LONGEST = 600;
const GRID = 200;

/** The text between the last break before `start` and the first break at or after `end`. */
function around(text: string, at: readonly number[], start: number, end: number, last: { clause?: Clause }): Clause {
  const before = firstAtOrAfter(at, start) - 1;
  let s = before < 0 ? 0 : (at[before] as number) + 1;
  let e = at[firstAtOrAfter(at, end)] ?? text.length;
  if (e - s > LONGEST) {
    s = Math.max(s, Math.floor((start - 2 * GRID) / GRID) * GRID);
    e = Math.min(e, Math.max(end, Math.ceil((end + GRID) / GRID) * GRID));
  }
  // Placeholders come in order, so those of one clause are neighbours: they share one Clause object (thousands in
  // one sentence would otherwise each hold a copy).
  const prev = last.clause;
  if (prev && prev.start === s && prev.end === e) return prev;
  const c = { start: s, end: e, text: text.slice(s, e) };
  last.clause = c;
  return c;
}

export const clauseIn = (b: Breaks, start: number, end: number): Clause => around(b.text, b.clause, start, end, b.clauses);
export const sentenceIn = (b: Breaks, start: number, end: number): Clause => around(b.text, b.sentence, start, end, b.sentences);

/** One-off lookups; a caller with many placeholders in one paragraph computes paragraphBreaks once instead. */
export const clauseAround = (text: string, start: number, end: number): Clause => clauseIn(paragraphBreaks(text), start, end);
export const sentenceAround = (text: string, start: number, end: number): Clause => sentenceIn(paragraphBreaks(text), start, end);
