import { type HitIndex, hitIndex } from "../core/document/occurrence";
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

/** Without WordApi 1.4 Word cannot say which text is deleted under track changes, so the message names both causes. */
const changedNoReview = (t: Locatable, where: string): Skipped => ({
  target: t,
  code: "target_changed",
  message: `“${where.slice(0, 30)}”与扫描时不同：段落已被改动，或含未接受的修订（此版本 Word 无法区分修订中删除的文字）。请先在“审阅”选项卡中接受或拒绝修订，再重新扫描。`,
});

/** One paragraph holding targets: its text as Word reads it (deleted text included) and, with WordApi 1.4, without. */
interface Para {
  paragraph: Word.Paragraph;
  current?: OfficeExtension.ClientResult<string>;
  index?: HitIndex;
}

/** A hit of a paragraph holding tracked deletions, with its own current text and the current text before it. */
interface Candidate {
  range: Word.Range;
  own: OfficeExtension.ClientResult<string>;
  before: OfficeExtension.ClientResult<string>;
}

interface Pending<T> {
  target: T;
  para: Para;
  key?: string;
}

interface Check<T> {
  target: T;
  range?: Word.Range;
  /** the text before the chosen hit, for a paragraph without tracked deletions */
  prefix?: Word.Range;
  expected: string;
  candidates?: Candidate[];
}

const unreachable = (t: Locatable, why = ""): Skipped => ({ target: t, code: "target_unreachable", message: `“${t.text.slice(0, 30)}”${why}无法被 Word 单独定位，请手动处理` });

/**
 * Finds targets again in at most three syncs whatever their number: (1) the text of every paragraph of the parts
 * involved; (2) one search per paragraph and needle, hits loaded with their text, and — with WordApi 1.4 — each
 * target paragraph's getReviewedText("Current"), since text deleted under track changes stays in paragraph.text and
 * in search hits (office-js issues 1267, 5874) while the snapshot's offsets are in the current text (see read.ts);
 * (3) the position check of the hits. Word's search may count differently from the snapshot (it may take Ｘ for X,
 * and hidden field codes, footnote references or text boxes can sit between characters), so a hit is chosen by its
 * exact text and verified by position: the text from its paragraph's start to the hit must equal the snapshot's text
 * before the target, else the target is skipped as changed, never edited. In a paragraph without tracked deletions
 * the hit is picked by its rank among the exact hits and its prefix read; in one with them every exact hit is read
 * through getReviewedText("Current") — its own text and the text before it — and the hit whose own current text is
 * the target's and whose current prefix is the snapshot's is taken, so a deleted hit (empty current text) is never
 * chosen. (The third sync is left out when every target is a whole paragraph.) A target covering a whole paragraph
 * is taken as the paragraph's content range, so texts longer than Word's 255-character search limit work too.
 */
export async function locate<T extends Locatable>(context: Word.RequestContext, targets: readonly T[]): Promise<{ located: Located<T>[]; skipped: Skipped[] }> {
  const api14 = Office.context.requirements.isSetSupported("WordApi", "1.4");
  const skipped: Skipped[] = [];
  const parts = new Map<string, Word.ParagraphCollection>();
  for (const t of targets) {
    const key = partKey(t.part);
    if (!parts.has(key)) parts.set(key, bodyOf(context, t.part).paragraphs.load("items/text"));
  }
  await context.sync();

  const paras = new Map<string, Para>();
  const searches = new Map<string, Word.RangeCollection>();
  const pending: Pending<T>[] = [];
  for (const t of targets) {
    const paragraph = parts.get(partKey(t.part))?.items[t.paragraph];
    if (!paragraph || paragraph.text === undefined) {
      skipped.push({ target: t, code: "target_missing", message: `找不到“${(t.guard ?? t).text}”所在段落` });
      continue;
    }
    const at = `${partKey(t.part)}|${t.paragraph}`;
    let para = paras.get(at);
    if (!para) {
      para = api14 ? { paragraph, current: paragraph.getReviewedText("Current") } : { paragraph };
      paras.set(at, para);
    }
    // a target spanning the whole raw text is a whole paragraph (or, with deleted text in it, already changed)
    if (t.start === 0 && t.end === paragraph.text.length) {
      pending.push({ target: t, para });
      continue;
    }
    const needle = t.text.slice(0, MAX_SEARCH);
    const key = `${at}|${needle}`;
    if (!searches.has(key)) searches.set(key, paragraph.search(needle, { matchCase: true }).load("items/text"));
    pending.push({ target: t, para, key });
  }
  await context.sync();

  const checks: Check<T>[] = [];
  const candidatesOf = new Map<string, Candidate[]>();
  for (const { target: t, para, key } of pending) {
    const raw = para.paragraph.text;
    const text = para.current?.value ?? raw;
    const guard = t.guard ?? t;
    if (text.slice(guard.start, guard.end) !== guard.text || text.slice(t.start, t.end) !== t.text) {
      skipped.push(api14 ? { target: t, code: "target_changed", message: `“${guard.text.slice(0, 30)}”已被改动，请重新扫描` } : changedNoReview(t, guard.text));
      continue;
    }
    if (t.start === 0 && t.end === text.length) {
      // "Content", not "Whole": a paragraph's whole range holds its mark, and replacing it would merge the next paragraph.
      checks.push({ target: t, range: para.paragraph.getRange("Content"), expected: "" });
      continue;
    }
    const hits = key === undefined ? undefined : searches.get(key);
    if (!hits || key === undefined) {
      skipped.push(unreachable(t));
      continue;
    }
    const needle = t.text.slice(0, MAX_SEARCH);
    const exact = hits.items.filter((h) => h.text === needle);
    const expected = text.slice(0, t.start);
    if (raw !== text) {
      let candidates = candidatesOf.get(key);
      if (!candidates) {
        const start = para.paragraph.getRange("Start");
        candidates = exact.map((range) => ({ range, own: range.getReviewedText("Current"), before: start.expandTo(range.getRange("Start")).getReviewedText("Current") }));
        candidatesOf.set(key, candidates);
      }
      checks.push({ target: t, expected, candidates });
      continue;
    }
    para.index ??= hitIndex(text);
    const k = para.index.rank(needle, t.start);
    const range = k < 0 ? undefined : exact[k];
    if (!range) {
      skipped.push(k < 0 ? unreachable(t) : moved(t));
      continue;
    }
    checks.push({ target: t, range, expected, prefix: para.paragraph.getRange("Start").expandTo(range.getRange("Start")).load("text") });
  }
  if (checks.some((c) => c.prefix || c.candidates)) await context.sync();

  const located: Located<T>[] = [];
  for (const c of checks) {
    if (c.candidates) {
      const live = c.candidates.filter((h) => h.own.value === c.target.text.slice(0, MAX_SEARCH));
      const chosen = live.find((h) => h.before.value === c.expected);
      if (chosen) located.push({ target: c.target, range: chosen.range });
      else skipped.push(live.length > 0 ? moved(c.target) : unreachable(c.target, "与修订中删除的文字相连，"));
    } else if (!c.range || (c.prefix && c.prefix.text !== c.expected)) skipped.push(moved(c.target));
    else located.push({ target: c.target, range: c.range });
  }
  // reported in the order of the targets, whichever sync found the problem
  const order = new Map<Locatable, number>(targets.map((t, i) => [t, i]));
  skipped.sort((a, b) => (order.get(a.target) ?? 0) - (order.get(b.target) ?? 0));
  return { located, skipped };
}
