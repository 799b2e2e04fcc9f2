import { type Period, type PeriodAt, type YearBasis, lastPeriodBefore, periodsIn } from "../table/period";

/**
 * periodBefore(paragraph, before, basis) for many placeholders of one paragraph: the paragraph's periods are read
 * once per (document, paragraph, basis) and each placeholder finds its own by binary search. Reading from the
 * paragraph's start for every placeholder made a one-paragraph 1 MB speech quadratic.
 */
const memo = new WeakMap<readonly string[], Map<string, PeriodAt[]>>();

export function paragraphPeriodBefore(paragraphs: readonly string[], docIndex: number, before: number, basis: YearBasis): Period | undefined {
  let byParagraph = memo.get(paragraphs);
  if (!byParagraph) {
    byParagraph = new Map();
    memo.set(paragraphs, byParagraph);
  }
  const key = `${docIndex}:${basis.docYear ?? ""}:${basis.contextYear ?? ""}`;
  let periods = byParagraph.get(key);
  if (!periods) {
    periods = periodsIn(paragraphs[docIndex] ?? "", basis);
    byParagraph.set(key, periods);
  }
  return lastPeriodBefore(periods, before);
}
