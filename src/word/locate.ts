import { hitOffsets } from "../core/document/occurrence";
import { partKey } from "../core/document/snapshot";
import type { Skipped, TextTarget } from "../core/host";
import { bodyOf } from "./parts";

/** A target to find again, with the stretch around it that must be unchanged (the clause, for a fill). */
export interface Locatable extends TextTarget {
  guard?: { start: number; end: number; text: string };
}

export interface Located<T extends Locatable> {
  target: T;
  range: Word.Range;
}

const MAX_SEARCH = 255;

/**
 * Finds targets again in two syncs whatever their number: (1) the text of every paragraph of the parts involved,
 * checked against each target; (2) one search per paragraph and needle, hits loaded. A target covering a whole
 * paragraph is taken as the paragraph's range, so texts longer than Word's 255-character search limit work too.
 * Targets whose text changed are returned as skipped, never located elsewhere.
 */
export async function locate<T extends Locatable>(context: Word.RequestContext, targets: readonly T[]): Promise<{ located: Located<T>[]; skipped: Skipped[] }> {
  const skipped: Skipped[] = [];
  const parts = new Map<string, Word.ParagraphCollection>();
  for (const t of targets) {
    const key = partKey(t.part);
    if (!parts.has(key)) parts.set(key, bodyOf(context, t.part).paragraphs.load("items/text"));
  }
  await context.sync();

  const pending: { target: T; hits?: Word.RangeCollection; k: number; whole?: Word.Range }[] = [];
  const searches = new Map<string, Word.RangeCollection>();
  for (const t of targets) {
    const paragraph = parts.get(partKey(t.part))?.items[t.paragraph];
    const text = paragraph?.text;
    const where = (t.guard ?? t).text;
    if (!paragraph || text === undefined) {
      skipped.push({ target: t, code: "target_missing", message: `找不到“${where}”所在段落` });
      continue;
    }
    const guard = t.guard ?? t;
    if (text.slice(guard.start, guard.end) !== guard.text || text.slice(t.start, t.end) !== t.text) {
      skipped.push({ target: t, code: "target_changed", message: `“${where.slice(0, 30)}”已被改动，请重新扫描` });
      continue;
    }
    if (t.start === 0 && t.end === text.length) {
      // "Content", not "Whole": a paragraph's whole range holds its mark, and replacing it would merge the next paragraph.
      pending.push({ target: t, k: 0, whole: paragraph.getRange("Content") });
      continue;
    }
    const needle = t.text.slice(0, MAX_SEARCH);
    const k = hitOffsets(text, needle).indexOf(t.start);
    if (k < 0) {
      skipped.push({ target: t, code: "target_unreachable", message: `“${t.text.slice(0, 30)}”无法被 Word 单独定位，请手动处理` });
      continue;
    }
    const key = `${partKey(t.part)}|${t.paragraph}|${needle}`;
    let hits = searches.get(key);
    if (!hits) {
      hits = paragraph.search(needle, { matchCase: true }).load("items/text");
      searches.set(key, hits);
    }
    pending.push({ target: t, hits, k });
  }
  await context.sync();

  const located: Located<T>[] = [];
  for (const p of pending) {
    const range = p.whole ?? p.hits?.items[p.k];
    if (!range || (!p.whole && range.text !== p.target.text.slice(0, MAX_SEARCH))) {
      skipped.push({ target: p.target, code: "target_changed", message: `“${p.target.text.slice(0, 30)}”已被改动，请重新扫描` });
      continue;
    }
    located.push({ target: p.target, range });
  }
  return { located, skipped };
}
