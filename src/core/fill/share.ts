import type { Placeholder } from "../placeholders/types";
import { type Row, rowKind } from "../table/schema";
import { markerRe } from "./lists";
import { previousStretch } from "./carry";
import { completedName } from "./completion";
import { type Named, mentionsAt } from "./mentionText";
import { normalise } from "./nameIndex";
import { qualifiersOf } from "./qualifiers";
import type { FillContext } from "./types";
import { namesSomething } from "./words";

/**
 * Shares: 其中城镇人口X万人，占总人口的X% (a row 户籍人口中城镇人口占比); 采矿业增加值占比达X% (采矿业增加值占规上工业
 * 比重); 民营经济增加值X亿元，…，占GDP的比重为X%. A share row is named “subject 占 base 比重” or “subject 占比”. The
 * subject is written before 占 in the figure's own stretch, else it is the figure named before in the sentence. A
 * row fills it only when its subject holds the one written (户籍人口中城镇人口 holds 城镇人口), with the same qualifiers
 * (工业增加值 is not 规模以上工业增加值), and its base, when both are written, is the same. Two such rows: blank.
 */

const shareRow = /^(.+?)占(.*?)(?:的)?(?:比重|比例|占比|份额|比)$/;
const lead = /^(?:其中|特别是|尤其是|全年|今年|上半年|前三季度|\d{4}年|全[国省市县区镇]|我[省市县区]|实现|完成|共计|共|累计|年末|年底)+/;
const trail = /(?:为|达到|达|是|约|共|实现|完成)+$/;
const totals = /GDP|地区生产总值|国内生产总值|经济总量|生产总值/g;

// 一产业 is 第一产业 written short.
const core = (text: string): string => normalise(text.replace(totals, "生产总值").replace(/(^|[^第])([一二三])产业/g, "$1第$2产业")).text;
const sameQualifiers = (a: string, b: string): boolean => JSON.stringify(qualifiersOf(a)) === JSON.stringify(qualifiersOf(b));

/**
 * Whether the row's subject is the one written, at most framed by words that change nothing (户籍人口中|城镇人口,
 * 户籍|男性|人口, 煤炭开采和洗选业|增加值): 民营经济增加值 is not 增加值.
 */
function frames(rowSubject: string, written: string): boolean {
  const at = rowSubject.indexOf(written);
  if (at < 0) return false;
  const left = rowSubject.slice(0, at);
  const right = rowSubject.slice(at + written.length);
  return /^(?:户籍|常住|年末|[^中]{1,6}中)?$/.test(left) && /^(?:人口|增加值|产值)?$/.test(right);
}

/** A change of a share: 第一产业增加值占地区生产总值比重比上年上升, 第二产业增加值占比变动. */
const shareChangeRow = /^(.+?)占(.*?)(?:的)?(?:比重|比例|份额|比)(?:比上年|较上年)?(上升|提高|下降|回落|变动|变化)$/;
const up = /上升|提高/;

/** Rows naming a share of `subject` (in `base`, when written); with `change`, rows naming that share's change. */
export function shareRows(subject: string, base: string, ctx: FillContext, change?: string): Row[] {
  const s = core(subject.replace(lead, "").replace(trail, ""));
  if (s.length < 2) return [];
  const b = core(base);
  return ctx.rows.filter((row) => {
    if (rowKind(row) !== "number" || typeof row.value !== "number") return false;
    return [row.name, ...row.aliases].some((name) => {
      const m = change === undefined ? shareRow.exec(name) : shareChangeRow.exec(name);
      if (!m) return false;
      const dir = m[3];
      if (change !== undefined && dir !== "变动" && dir !== "变化" && up.test(dir ?? "") !== up.test(change)) return false;
      const rs = core(m[1] as string);
      const rb = core(m[2] as string);
      if (!frames(rs, s) || !sameQualifiers(rs, s)) return false;
      return b === "" || rb === "" || rb.includes(b) || b.includes(rb);
    });
  });
}

/** The subject of a share whose stretch holds none: the nearest figure before it in the sentence that names one. */
function figureBefore(ph: Placeholder, stretchStart: number): string | undefined {
  const text = ph.sentence.text.slice(0, stretchStart - ph.sentence.start);
  const runs = [...text.matchAll(markerRe)];
  for (let k = runs.length - 1; k >= 0; k -= 1) {
    const at = runs[k]?.index ?? 0;
    const before = text.slice(0, at);
    const from = Math.max(0, ...[...before.matchAll(/[，,；;：:。]/g)].map((m) => (m.index ?? 0) + 1), ...runs.slice(0, k).map((r) => (r.index ?? 0) + r[0].length));
    const stretch = before.slice(from);
    if (namesSomething(stretch)) return stretch;
    if (/[；;]/.test(text.slice(at))) return undefined;
  }
  return undefined;
}

const shareText = /^(.*?)占(?!地(?!区)|用|有)(.*?)(?:的)?(?:比重|比例|份额)?(?:为|达到|达|是|约)?$/;

const bareShare = /^(.*?)(?:所占|的)?比重(?:为|达到|达|是|约)?$/;

const asNamed = (ph: Placeholder, rows: Row[], tier: "own" | "list"): Named | undefined =>
  rows.length === 0 ? undefined : { mentions: rows.map((row) => ({ row, name: row.name, from: ph.start - 1, to: ph.start, strength: 2 as const })), tier, qualText: "" };

const shareChangeText = /^(.*?)(?:所)?占(?!地(?!区)|用|有)(.*?)(?:的)?(?:比重|比例|份额|比)(?:比上年|较上年)?(上升|提高|下降|回落)$/;

/** Step 1 for a share (a % figure after 占 or 占比): the share rows of its subject, or undefined. */
export function shareNamed(ph: Placeholder, own: string, ownStart: number, ctx: FillContext): Named | undefined {
  if (ph.unit === "个百分点" || ph.unit === "百分点") {
    // 一产业所占比重上升X个百分点: the change of that share.
    const c = shareChangeText.exec(own.replace(/^[，,\s]+/, ""));
    const changed = (c?.[1] ?? "").split(/[，,：:；;]/).pop() ?? "";
    if (!c || !namesSomething(changed)) return undefined;
    return asNamed(ph, shareRows(changed, (c[2] as string).replace(/^比$/, ""), ctx, c[3] as string), "own");
  }
  if (ph.kind !== "percent") return undefined;
  const m = shareText.exec(own.replace(/^[，,\s]+/, ""));
  if (!m) {
    // 第二产业增加值比重为X%: a share whose base is not written; only a row of that subject's share fills it (two
    // shares of it in different bases leave it blank).
    const bare = bareShare.exec(own.replace(/^[，,\s]+/, ""));
    return bare && namesSomething(bare[1] as string) ? asNamed(ph, shareRows(bare[1] as string, "", ctx), "own") : undefined;
  }
  let subject = m[1] as string;
  const base = (m[2] as string).replace(/^比$/, "");
  if (!namesSomething(subject)) subject = figureBefore(ph, ownStart) ?? "";
  const rows = shareRows(subject, base, ctx);
  if (rows.length > 0) return asNamed(ph, rows, "own");
  // XXX家重点企业（规模占比XX%）: a share in brackets is the share of what is named right before the bracket.
  const bracket = bracketed(ph);
  if (bracket) return asNamed(ph, shareRows(bracket, base, ctx), "own");
  // 战略性新兴产业…，完成产值X亿元，…，占规上工业总产值的X%: a subject written short is completed as its figure was.
  const paragraph = ph.part.kind === "body" ? (ctx.paragraphs[ph.docIndex] ?? "").slice(0, ownStart) : "";
  const completed = namesSomething(subject) ? completedName(subject, ph.sentence.text.slice(0, ownStart - ph.sentence.start), paragraph, ph, ctx) : undefined;
  const names = new Set(completed?.mentions.map((m) => m.name));
  const full = names.size === 1 ? [...names][0] : undefined;
  return full ? asNamed(ph, shareRows(full, base, ctx), "own") : undefined;
}

/** The name right before the open bracket the placeholder stands in (its count and unit taken off), if any. */
function bracketed(ph: Placeholder): string | undefined {
  const before = ph.sentence.text.slice(0, ph.start - ph.sentence.start);
  const open = Math.max(before.lastIndexOf("（"), before.lastIndexOf("("));
  if (open < 0 || /[）)，,；;。]/.test(before.slice(open + 1))) return undefined;
  const head = before.slice(0, open).split(/[，,；;：:、。]/).pop() ?? "";
  const counted = /[XxＸｘ\d][个家户项所座条]?([\u4e00-\u9fff]+)$/.exec(head);
  const name = counted ? (counted[1] as string) : head;
  return namesSomething(name) ? name : undefined;
}

/** The same for the phrase of a listed item (男性人口X万人，女性人口X万人，分别占总人口的X%和X%). */
export function shareListed(ph: Placeholder, phrase: string, ctx: FillContext): Named | undefined {
  if (ph.unit === "个百分点" || ph.unit === "百分点") {
    // 第二、第三产业占地区生产总值的比重分别回落X和X个百分点: each item's change of that share.
    const c = shareChangeText.exec(phrase);
    if (!c || !namesSomething(c[1] as string)) return undefined;
    return asNamed(ph, shareRows(c[1] as string, (c[2] as string).replace(/^比$/, ""), ctx, c[3] as string), "list");
  }
  if (ph.kind !== "percent") return undefined;
  const m = shareText.exec(phrase);
  if (!m || !namesSomething(m[1] as string)) return undefined;
  return asNamed(ph, shareRows(m[1] as string, (m[2] as string).replace(/^比$/, ""), ctx), "list");
}

/**
 * 采矿业增加值占比达X%，同比下降X%: a growth right after a share is the growth of the share's subject
 * (采矿业增加值增长速度), never of the share or of anything named earlier.
 */
export function shareSubjectGrowth(ph: Placeholder, own: string, ctx: FillContext): Named | undefined {
  if (!/^(?:同比|比上年|较上年)?(?:增长|下降)$/.test(own.replace(/^[，,\s]+/, ""))) return undefined;
  const m = shareText.exec(previousStretch(ph, own).replace(/^[^\u4e00-\u9fff]+/, ""));
  const subject = (m?.[1] ?? "").split(/[，,：:；;]/).pop()?.replace(lead, "") ?? "";
  if (!m || !namesSomething(subject)) return undefined;
  const name = `${subject}增长`;
  const found = mentionsAt(name, 0, ctx).filter((x) => x.from === 0 && x.to >= name.length - 1);
  return found.length > 0 ? { mentions: found.map((x) => ({ ...x, from: ph.start - 1, to: ph.start })), tier: "own", qualText: "" } : undefined;
}
