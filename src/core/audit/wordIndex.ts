/**
 * A set of words looked up by the character a word starts with, so that a text is read once, left to right, trying
 * at each place only the words that can start there; a table of first characters rejects most places at once.
 * Used where a rule looks for hundreds or thousands of words (place names, advert cues).
 */
export interface WordIndex {
  first: Uint8Array;
  /** the first two characters of every word of two or more, as c1 × 65536 + c2: most places fail this test */
  pairs: Set<number>;
  /** some words are a single character: the pair test cannot reject a place */
  single: boolean;
  byFirst: Map<number, string[]>;
}

export function wordIndex(words: Iterable<string>): WordIndex {
  const first = new Uint8Array(65536);
  const byFirst = new Map<number, string[]>();
  const pairs = new Set<number>();
  let single = false;
  for (const w of [...new Set(words)].filter((x) => x.length > 0).sort((a, b) => b.length - a.length)) {
    const c = w.charCodeAt(0);
    first[c] = 1;
    if (w.length === 1) single = true;
    else pairs.add(c * 65536 + w.charCodeAt(1));
    byFirst.set(c, [...(byFirst.get(c) ?? []), w]);
  }
  return { first, pairs, single, byFirst };
}

/** Whether no word of `index` can start at `i` (true for most places, found without a lookup). */
function rejects(index: WordIndex, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (index.first[c] !== 1) return true;
  return !index.single && !index.pairs.has(c * 65536 + text.charCodeAt(i + 1));
}

/** The words of `index` written at `i`, longest first (empty for most places). */
export function wordsAt(index: WordIndex, text: string, i: number): readonly string[] {
  if (rejects(index, text, i)) return none;
  const c = text.charCodeAt(i);
  const out: string[] = [];
  for (const w of index.byFirst.get(c) ?? none) if (text.startsWith(w, i)) out.push(w);
  return out;
}

/** The longest word of `index` written at `i`, or "". */
export function longestAt(index: WordIndex, text: string, i: number): string {
  if (rejects(index, text, i)) return "";
  const c = text.charCodeAt(i);
  for (const w of index.byFirst.get(c) ?? none) if (text.startsWith(w, i)) return w;
  return "";
}

/** The distinct words of `index` found anywhere in `text`, overlapping ones included. */
export function wordsIn(index: WordIndex, text: string): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < text.length; i += 1) {
    for (const w of wordsAt(index, text, i)) found.add(w);
  }
  return found;
}

const none: readonly string[] = [];
