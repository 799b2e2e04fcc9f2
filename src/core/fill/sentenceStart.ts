const ENDS = new Set(["。", "！", "？"]);

/**
 * Where the sentence holding position `end` of `text` starts: just after the last 。！？ before `end`, or 0.
 * Walks back from `end` only as far as that mark, so asking for every placeholder of a paragraph stays linear; the
 * regex /[^。！？]*$/ it replaces is tried from every position of the prefix and was quadratic on one-line drafts.
 */
export function sentenceStartBefore(text: string, end: number = text.length): number {
  for (let i = Math.min(end, text.length) - 1; i >= 0; i -= 1) if (ENDS.has(text[i] ?? "")) return i + 1;
  return 0;
}
