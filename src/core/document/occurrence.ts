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
