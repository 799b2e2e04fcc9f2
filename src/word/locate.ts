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

/** The hit's position in Word differs from the snapshot's: never edit a neighbour with the same text. */
const moved = (t: Locatable): Skipped => ({
  target: t,
  code: "target_changed",
  message: `文档已改动：“${t.text.slice(0, 30)}”在 Word 中的位置与扫描时不同（可能含域代码、脚注引用或全角/半角混排），未作修改。请重新扫描，或手动处理。`,
});

interface Pending<T> {
  target: T;
  paragraph: Word.Paragraph;
  text: string;
  hits?: Word.RangeCollection;
  whole?: Word.Range;
}

/**
 * Finds targets again in at most three syncs whatever their number: (1) the text of every paragraph of the parts involved,
 * checked against each target; (2) one search per paragraph and needle, hits loaded with their text; (3) for each
 * chosen hit, the text from its paragraph's start to the hit, which must equal the snapshot's text before the target.
 * Word's search may count differently from the snapshot (it may take Ｘ for X, and hidden field codes, footnote
 * references or text boxes can sit between characters), so a hit is chosen by its exact text and then verified by
 * position: a target Word places elsewhere is skipped as changed, never edited. (The third sync is left out when
 * every target is a whole paragraph.) A target covering a whole paragraph
 * is taken as the paragraph's content range, so texts longer than Word's 255-character search limit work too.
 */
export async function locate<T extends Locatable>(context: Word.RequestContext, targets: readonly T[]): Promise<{ located: Located<T>[]; skipped: Skipped[] }> {
  const skipped: Skipped[] = [];
  const parts = new Map<string, Word.ParagraphCollection>();
  for (const t of targets) {
    const key = partKey(t.part);
    if (!parts.has(key)) parts.set(key, bodyOf(context, t.part).paragraphs.load("items/text"));
  }
  await context.sync();

  const pending: Pending<T>[] = [];
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
      pending.push({ target: t, paragraph, text, whole: paragraph.getRange("Content") });
      continue;
    }
    const needle = t.text.slice(0, MAX_SEARCH);
    const key = `${partKey(t.part)}|${t.paragraph}|${needle}`;
    let hits = searches.get(key);
    if (!hits) {
      hits = paragraph.search(needle, { matchCase: true }).load("items/text");
      searches.set(key, hits);
    }
    pending.push({ target: t, paragraph, text, hits });
  }
  await context.sync();

  const checks: { p: Pending<T>; range: Word.Range; prefix?: Word.Range }[] = [];
  for (const p of pending) {
    if (p.whole) {
      checks.push({ p, range: p.whole });
      continue;
    }
    const needle = p.target.text.slice(0, MAX_SEARCH);
    const k = hitOffsets(p.text, needle).indexOf(p.target.start);
    const range = k < 0 ? undefined : (p.hits?.items ?? []).filter((h) => h.text === needle)[k];
    if (!range) {
      skipped.push(k < 0 ? { target: p.target, code: "target_unreachable", message: `“${p.target.text.slice(0, 30)}”无法被 Word 单独定位，请手动处理` } : moved(p.target));
      continue;
    }
    checks.push({ p, range, prefix: p.paragraph.getRange("Start").expandTo(range.getRange("Start")).load("text") });
  }
  if (checks.some((c) => c.prefix)) await context.sync();

  const located: Located<T>[] = [];
  for (const { p, range, prefix } of checks) {
    if (prefix && prefix.text !== p.text.slice(0, p.target.start)) skipped.push(moved(p.target));
    else located.push({ target: p.target, range });
  }
  return { located, skipped };
}
