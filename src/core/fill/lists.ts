/**
 * 分别 lists: “城镇和农村居民人均可支配收入分别达X元、X元” takes the values in the listed order. The items before 分别
 * are split on 和/与/及/、; each placeholder after 分别 gets the phrase of its item, completed from the item that is
 * written out in full (a shared tail: 城镇|农村居民人均可支配收入; or a shared head: 一般公共预算收入|支出).
 */

import { sharedTail, splitItems } from "./listItems";
import { namesSomething, unitAfterMarker } from "./words";

/** Placeholder-like runs (X, 95X, X.X) that end one listed figure. */
export const markerRe = /\d*[XxＸｘ╳]+(?:[.．][XxＸｘ╳\d]+)?\d*/g;

/** Collective words standing for their ordered parts: 三次产业 → 第一、第二、第三产业; 城乡 → 城镇、农村. */
const collectives: [RegExp, string[]][] = [
  [/三次产业/, ["第一产业", "第二产业", "第三产业"]],
  [/城乡/, ["城镇", "农村"]],
];

/** A single item holding a collective word becomes one item per part, with where the part stands in it. */
function expand(items: string[], count: number): { items: string[]; part?: { from: number; length: number }[] } {
  const only = items.length === 1 ? items[0] : undefined;
  if (only === undefined) return { items };
  for (const [re, parts] of collectives) {
    const at = only.search(re);
    if (at >= 0 && parts.length === count) return { items: parts.map((p) => only.replace(re, p)), part: parts.map((p) => ({ from: at, length: p.length })) };
  }
  return { items };
}

/** The phrase of one listed item, and where the item's own words stand in it (the match must cover them). */
export type ListSlot = { phrase: string; itemFrom: number; itemTo: number } | { mismatch: number };

const qualifierStart = /^(?:城镇|农村|乡村|城市|省级|市级|县级|国家级|规模以上|限额以上)/;

/**
 * The phrase naming the figure of the placeholder at `at` (offset in the sentence), or undefined outside a list.
 * The list runs from 分别 to the next comma, semicolon or full stop (its items are joined by 、 和 及).
 */
export function listSlot(sentence: string, at: number): ListSlot | undefined {
  const cue = sentence.lastIndexOf("分别", at);
  if (cue < 0) return collectiveList(sentence, at) ?? implicitList(sentence, at);
  const stop = /[，,；;。！？：:]/g;
  stop.lastIndex = cue;
  const listEnd = stop.exec(sentence)?.index ?? sentence.length;
  const headStart = Math.max(...[...sentence.slice(0, cue).matchAll(/[，,；;。！？：:]/g)].map((m) => (m.index ?? 0) + 1), 0);
  const clause = sentence.slice(headStart, listEnd);
  const local = cue - headStart;
  const markers = [...clause.slice(local).matchAll(markerRe)].map((m) => headStart + local + (m.index ?? 0));
  if (listEnd < at) return continued(sentence, at, listEnd, markers.length, (k, between) => slotOf(sentence, cue, clause, local, markers, k, between));
  const k = markers.indexOf(at);
  if (k < 0) return undefined;
  return slotOf(sentence, cue, clause, local, markers, k, undefined);
}

const joined = (j: string): boolean => /^[^\u4e00-\u9fff]{0,3}(?:[万亿千百]?[元人户个家项件亩吨%％]|个百分点)?[和、及与]$/.test(j);

interface JoinedRuns {
  /** where the clause starts in the sentence */
  start: number;
  clause: string;
  runs: RegExpMatchArray[];
  first: RegExpMatchArray;
  /** the placeholder's place among the runs */
  k: number;
}

/** The figures of the clause around `at` when there are two or more, each joined to the one before by 和/、/及/与. */
function joinedRuns(sentence: string, at: number): JoinedRuns | undefined {
  const start = Math.max(0, ...[...sentence.slice(0, at).matchAll(/[，,；;。！？：:]/g)].map((m) => (m.index ?? 0) + 1));
  const stop = /[，,；;。！？：:]/g;
  stop.lastIndex = at;
  const end = stop.exec(sentence)?.index ?? sentence.length;
  const clause = sentence.slice(start, end);
  const runs = [...clause.matchAll(markerRe)];
  const first = runs[0];
  if (!first || runs.length < 2) return undefined;
  const joins = runs.slice(1).map((r, i) => clause.slice((runs[i]?.index ?? 0) + (runs[i]?.[0].length ?? 0), r.index ?? 0));
  if (!joins.every(joined)) return undefined;
  const k = runs.findIndex((r) => start + (r.index ?? 0) === at);
  return k < 0 ? undefined : { start, clause, runs, first, k };
}

/** 城乡居民人均可支配收入达X元和X元 (no 分别): figures joined by 和 after a collective word take its parts in order. */
function collectiveList(sentence: string, at: number): ListSlot | undefined {
  const joinedAt = joinedRuns(sentence, at);
  if (!joinedAt) return undefined;
  const { clause, runs, first, k } = joinedAt;
  const head = clause.slice(0, first.index ?? 0).replace(/(?:达到|达|为|是|实现|完成)$/, "");
  for (const [re, parts] of collectives) {
    const pos = head.search(re);
    const part = parts[k];
    if (pos < 0 || parts.length !== runs.length || !part) continue;
    return { phrase: head.replace(re, part), itemFrom: pos, itemTo: pos + part.length };
  }
  return undefined;
}

/**
 * 城乡居民人均可支配收入分别达X元和X元，增长X%和X%: a clause right after a 分别 list, holding as many figures joined by
 * 和/、/及, continues the list with its own words (增长).
 */
function continued(sentence: string, at: number, listEnd: number, count: number, slot: (k: number, between: string) => ListSlot): ListSlot | undefined {
  if (sentence[listEnd] !== "，" && sentence[listEnd] !== ",") return undefined;
  const stop = /[，,；;。！？：:]/g;
  stop.lastIndex = listEnd + 1;
  const end = stop.exec(sentence)?.index ?? sentence.length;
  if (at > end) return undefined;
  const clause = sentence.slice(listEnd + 1, end);
  const runs = [...clause.matchAll(markerRe)];
  const first = runs[0];
  if (!first || runs.length !== count || count < 2) return undefined;
  const joins = runs.slice(1).map((r, i) => clause.slice((runs[i]?.index ?? 0) + (runs[i]?.[0].length ?? 0), r.index ?? 0));
  if (!joins.every(joined)) return undefined;
  const k = runs.findIndex((r) => listEnd + 1 + (r.index ?? 0) === at);
  if (k < 0) return undefined;
  return slot(k, clause.slice(0, first.index ?? 0));
}

function slotOf(sentence: string, cue: number, clause: string, local: number, markers: number[], k: number, override: string | undefined): ListSlot {
  // 规模工业增加值同比分别增长: the basis (同比) belongs to the growth after 分别, not to the last item's name.
  const head = clause
    .slice(0, local)
    .replace(/^(?:其中|全年|今年|去年|全市|全县|全区)+/, "")
    .replace(/(?:同比|比上年同期|比上年|较上年|比去年同期)$/, "");
  // 分别从X元、X元提高到X元、X元: two items, each written twice (from and to).
  const twice = /^从/.test(sentence.slice(cue + 2)) && markers.length % 2 === 0 ? 2 : 1;
  const slot = k % (markers.length / twice);
  const count = markers.length / twice;
  const between = override ?? sentence.slice(cue + 2, markers[0]).replace(/^(?:为|是|达到?|实现|完成|从)/, "");
  const versus = comparedItems(sentence, cue - local, head, count, slot, between);
  if (versus) return versus;
  if (!namesSomething(head)) {
    // 财政总收入X亿元，一般公共预算收入X亿元，分别增长X%和X%: the items are the figures named before 分别.
    const before = [...sentence.slice(0, cue).matchAll(markerRe)];
    const named = before.slice(-count);
    if (named.length !== count) return { mismatch: markers.length };
    const m = named[slot] as RegExpMatchArray;
    const start = m.index ?? 0;
    // The figures before may be a list themselves (城乡居民人均可支配收入达X元和X元，分别增长X%和X%).
    // …提高到X元、X元，年均分别增长X%、X%: 年均 written before 分别 says which change (a 年均增长速度 row).
    const change = (/年均/.test(head) ? "年均" : "") + between;
    const inner = listSlot(sentence, start);
    if (inner && "phrase" in inner) return { phrase: inner.phrase + change, itemFrom: inner.itemFrom, itemTo: inner.itemTo };
    const prev = sentence.slice(0, start).replace(unitAfterMarker, "|");
    const phrase = prev.split(/[，,；;、|]/).pop() ?? "";
    return { phrase: phrase + change, itemFrom: 0, itemTo: phrase.length };
  }
  const expanded = expand(splitItems(head, count), count);
  const items = expanded.items;
  if (items.length !== count || items.length < 2) return { mismatch: markers.length };
  const part = expanded.part?.[slot];
  if (part) return { phrase: (items[slot] as string) + between, itemFrom: part.from, itemTo: part.from + part.length };
  const shared = sharedTail(items, slot);
  if (shared) return { phrase: shared.phrase + between, itemFrom: shared.itemFrom, itemTo: shared.itemTo };
  const lengths = items.map((s) => s.length);
  const longest = Math.max(...lengths);
  const first = items[0] as string;
  const last = items[items.length - 1] as string;
  const item = items[slot] as string;
  const k2 = slot;
  let phrase: string;
  let itemFrom = 0;
  let itemTo = item.length;
  if (last.length === longest && lengths.filter((n) => n === longest).length === 1 && k2 < items.length - 1) {
    // A shared tail: the last item is written in full; strip its own leading qualifier (or as many characters as
    // this item has) to get the tail.
    const own = qualifierStart.exec(last)?.[0];
    const tail = own ? last.slice(own.length) : last.slice(Math.min(item.length, last.length - 1));
    phrase = item + tail;
  } else if (first.length === longest && lengths.filter((n) => n === longest).length === 1 && k2 > 0) {
    const head = first.slice(0, Math.max(0, first.length - item.length));
    phrase = head + item;
    itemFrom = head.length;
    itemTo = phrase.length;
  } else {
    phrase = item;
    // The last item written in full: its first words are what sets it apart from the others.
    if (k2 === items.length - 1 && items.length > 1) itemTo = Math.min(item.length, Math.max(...items.slice(0, -1).map((s) => s.length)));
  }
  return { phrase: phrase + between, itemFrom, itemTo };
}

/**
 * 规上工业增加值同比增长X%，增速较一季度和1-5月分别提高X和X个百分点: the items are what the growth is compared with;
 * each figure is the subject's growth compared with its item (规上工业增加值增速较一季度提高), the subject being what the
 * clause before names.
 */
function comparedItems(sentence: string, headStart: number, head: string, count: number, slot: number, between: string): ListSlot | undefined {
  const cmp = /^(增速|增幅|降幅)(较|比)(.+)$/.exec(head);
  if (!cmp) return undefined;
  const items = splitItems(cmp[3] as string, count);
  if (items.length !== count) return undefined;
  const before = sentence.slice(0, headStart).replace(/[，,；;：:]$/, "");
  const clause = before.slice(Math.max(...[...before.matchAll(/[，,；;：:。]/g)].map((m) => (m.index ?? 0) + 1), 0));
  const subject = clause
    .replace(markerRe, "")
    .replace(/[%％]$/, "")
    .replace(/(?:同比|比上年|较上年|可比)?(?:增长|下降)$/, "")
    .replace(/^(?:上半年|全年|今年|其中)+/, "");
  if (!namesSomething(subject)) return undefined;
  const lead = `${subject}${cmp[1] as string}${cmp[2] as string}`;
  const item = items[slot] as string;
  return { phrase: lead + item + between, itemFrom: lead.length, itemTo: lead.length + item.length };
}

/**
 * 固安一中本科上线率和强基上线率同比提升X%和X%: figures joined by 和/、 right after as many items joined the same way,
 * with no 分别 written, still take the items in order — only when the items and figures are equal in number.
 */
function implicitList(sentence: string, at: number): ListSlot | undefined {
  const joinedAt = joinedRuns(sentence, at);
  if (!joinedAt) return undefined;
  const { start, clause, runs, first, k } = joinedAt;
  const head = clause.slice(0, first.index ?? 0);
  const change = /(?:同比|比上年|较上年)?(?:提升|提高|增长|下降|增加|减少|为|达到|达)+$/.exec(head)?.[0] ?? "";
  const items = head.slice(0, head.length - change.length);
  if (!/和|、|与|及/.test(items) || !namesSomething(items) || splitItems(items, runs.length).length !== runs.length) return undefined;
  const markers = runs.map((r) => start + (r.index ?? 0));
  const slot = slotOf(sentence, start + items.length - 2, clause, items.length, markers, k, change.replace(/^(?:为|达到|达)$/, ""));
  return "mismatch" in slot ? undefined : slot;
}
