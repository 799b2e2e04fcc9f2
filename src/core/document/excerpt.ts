/** The words around a finding or placeholder, as shown in every list: the fragment of its sentence on either side. */
export interface Excerpt {
  before: string;
  text: string;
  after: string;
}

const SENTENCE_END = /[。！？；!?;]/;

/**
 * Cuts `[start, end)` out of `paragraph` with up to `radius` characters of its own sentence on each side; an ellipsis
 * marks where the sentence goes on beyond the radius. Offsets are UTF-16 code units; a cut never splits a surrogate pair.
 */
export function excerptAround(paragraph: string, start: number, end: number, radius = 14): Excerpt {
  let from = start;
  while (from > 0 && start - from < radius && !SENTENCE_END.test(paragraph[from - 1] ?? "")) from -= 1;
  let to = end;
  while (to < paragraph.length && to - end < radius) {
    to += 1;
    if (SENTENCE_END.test(paragraph[to - 1] ?? "")) break;
  }
  from = avoidSplit(paragraph, from);
  to = avoidSplit(paragraph, to);
  const cutBefore = from > 0 && !SENTENCE_END.test(paragraph[from - 1] ?? "");
  const cutAfter = to < paragraph.length && !SENTENCE_END.test(paragraph[to - 1] ?? "");
  return {
    before: (cutBefore ? "…" : "") + paragraph.slice(from, start),
    text: paragraph.slice(start, end),
    after: paragraph.slice(end, to) + (cutAfter ? "…" : ""),
  };
}

function avoidSplit(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return i > 0 && i < s.length && c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}
