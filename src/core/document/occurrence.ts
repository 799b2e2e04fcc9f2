/**
 * Word cannot address text by offset: a program finds it again by searching. These helpers work out which search
 * hit is the text at a known offset, using Word's own rules (per paragraph, left to right, non-overlapping,
 * case-sensitive here because DraftKit always searches with matchCase).
 */

/** Offsets where `needle` is found in `text` by a non-overlapping left-to-right search. */
export function hitOffsets(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/**
 * Search hits of many needles in one text, each needle searched once: for a paragraph holding thousands of
 * placeholders, asking per placeholder would walk the paragraph once per placeholder.
 */
export interface HitIndex {
  /** the position of the hit starting at `start` among the hits of `needle`, or -1 when no hit starts there */
  rank(needle: string, start: number): number;
  /** number of hits of `needle` */
  count(needle: string): number;
}

export function hitIndex(text: string): HitIndex {
  const memo = new Map<string, number[]>();
  const offsetsOf = (needle: string): number[] => {
    let offsets = memo.get(needle);
    if (!offsets) {
      offsets = hitOffsets(text, needle);
      memo.set(needle, offsets);
    }
    return offsets;
  };
  return {
    rank: (needle, start) => {
      // The offsets are increasing: binary search.
      const offsets = offsetsOf(needle);
      let lo = 0;
      let hi = offsets.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((offsets[mid] as number) < start) lo = mid + 1;
        else hi = mid;
      }
      return offsets[lo] === start ? lo : -1;
    },
    count: (needle) => offsetsOf(needle).length,
  };
}

/**
 * The index, among all hits of `needle` in `paragraphs` (document order), of the hit starting at `start` in
 * paragraph `paragraphIndex`; undefined when no hit starts there (the text is not reachable by that search).
 */
export function occurrenceIndex(
  paragraphs: readonly string[],
  paragraphIndex: number,
  start: number,
  needle: string,
): number | undefined {
  let before = 0;
  for (let i = 0; i < paragraphIndex; i += 1) before += hitOffsets(paragraphs[i] ?? "", needle).length;
  const hits = hitOffsets(paragraphs[paragraphIndex] ?? "", needle);
  const k = hits.indexOf(start);
  return k < 0 ? undefined : before + k;
}
