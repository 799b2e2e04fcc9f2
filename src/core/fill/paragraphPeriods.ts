import { type Period, type PeriodAt, type YearBasis, lastPeriodAtBefore, periodsIn } from "../table/period";

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
  // 二是…截至4月中旬…。三是…累计举办X万场: a numbered item of a paragraph (一是, 二是; （一）) is a topic of its own;
  // a period written in an item before this one is not this item's.
  const item = itemStart(paragraphs, docIndex, before);
  const p = lastPeriodAtBefore(periods, before);
  return p && p.end > item ? p.period : undefined;
}

const itemMark = /[一二三四五六七八九十]是|[（(][一二三四五六七八九十]{1,2}[）)]|第[一二三四五六七八九十]{1,2}[，,、]/g;

const itemMemo = new WeakMap<readonly string[], Map<number, number[]>>();

/**
 * Where the numbered item holding offset `before` starts (0 when the paragraph has no numbered items before it). The
 * paragraph's item marks are found once and searched by bisection, so that a one-paragraph 1 MB text stays linear.
 */
function itemStart(paragraphs: readonly string[], docIndex: number, before: number): number {
  let byParagraph = itemMemo.get(paragraphs);
  if (!byParagraph) {
    byParagraph = new Map();
    itemMemo.set(paragraphs, byParagraph);
  }
  let marks = byParagraph.get(docIndex);
  if (!marks) {
    marks = [...(paragraphs[docIndex] ?? "").matchAll(itemMark)].map((m) => m.index ?? 0);
    byParagraph.set(docIndex, marks);
  }
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((marks[mid] as number) < before) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? (marks[lo - 1] as number) : 0;
}
