/**
 * The number matcher. Decision order, each step only narrowing what the step before chose:
 *
 * 1. Clause mention and qualifiers. The nearest mention decides: a row named in the placeholder's own stretch of
 *    the clause (after the figure before it), else right after it in the clause, else earlier in the clause, else in
 *    the sentence (nearest first), else in its table row. In a 分别 list each figure takes its listed item. Only the
 *    rows named at that one place are candidates (the longest name there; a shorter alias inside it too). A row
 *    without the qualifier written there (省级, 城镇, 规模以上, 一般公共预算), or with another one, is not the figure.
 * 2. Unit: the row's unit must convert to the placeholder's (万 ← 人; % never fills 个百分点).
 * 3. Period: from the sentence, then the table row, the paragraph, the heading above (context.ts); a stock at a
 *    point (6月末) and a flow over months (上半年) are different figures (period.ts: periodFits).
 * 4. Region: another level's row, or another named region's row, never fills.
 *    Among the rows that pass 1–4, the most specific (longest, exact before variant) wins; two alike leave it blank.
 * 5. Sign and plausibility (plausible.ts), then 6. format (format.ts), for that one row only. A refusal at 5 or 6
 *    leaves the placeholder blank: it never hands the placeholder to a weaker row.
 */
import type { Placeholder } from "../placeholders/types";
import { parsePeriod, periodFits, periodKind, periodLabel } from "../table/period";
import { type Row, rowId } from "../table/schema";
import { conversion, knownUnit } from "../table/units";
import { type PeriodSource, type TextPeriod, regionProblem, textPeriod } from "./context";
import { formatFigure } from "./format";
import { listSlot, markerRe } from "./lists";
import { namesSomething, unitAfterMarker } from "./words";
import type { Mention } from "./nameIndex";
import { checkValue } from "./plausible";
import { qualifierProblem, qualifiersOf } from "./qualifiers";
import { type Hint, type Params, type Reason, type ReasonCode, describeReason, hint, reason } from "./reasons";
import type { Candidate, FillContext, Proposal } from "./types";

type Tier = "own" | "after" | "back" | "sentence" | "table" | "list" | "bound";

interface Named {
  mentions: Mention[];
  tier: Tier;
  /** the text whose qualifiers the row must carry */
  qualText: string;
}

/** Mentions not overlapping any placeholder-like run, with offsets in the paragraph. */
function mentionsAt(text: string, offset: number, ctx: FillContext): Mention[] {
  const runs = [...text.matchAll(markerRe)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  return ctx.index
    .mentionsIn(text)
    .filter((m) => !runs.some(([a, b]) => m.from < b && a < m.to))
    // 非营利性服务业 is not 营利性服务业.
    .filter((m) => !/[非未不无]/.test(text[m.from - 1] ?? ""))
    .map((m) => ({ ...m, from: m.from + offset, to: m.to + offset }));
}

/** The nearest span of a tier: before the placeholder the one ending last, after it the one starting first; the longest there. */
function nearest(ms: Mention[], before: boolean): Mention[] {
  if (ms.length === 0) return [];
  const edge = before ? Math.max(...ms.map((m) => m.to)) : Math.min(...ms.map((m) => m.from));
  const atEdge = ms.filter((m) => (before ? m.to : m.from) === edge);
  const top = atEdge.reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
  return ms.filter((m) => m.from >= top.from && m.to <= top.to);
}

function named(ph: Placeholder, ctx: FillContext): Named | { mismatch: number } | undefined {
  const c = ph.clause;
  const at = ph.start - c.start;
  const slot = listSlot(ph.sentence.text, ph.start - ph.sentence.start);
  if (slot && "mismatch" in slot) return slot;
  if (slot) {
    const ms = mentionsAt(slot.phrase, 0, ctx).filter((m) => m.from < slot.itemTo && m.to > slot.itemFrom);
    return ms.length > 0 ? { mentions: nearest(ms, true), tier: "list", qualText: slot.phrase } : undefined;
  }
  const runs = [...c.text.matchAll(markerRe)].map((m) => [c.start + (m.index ?? 0), c.start + (m.index ?? 0) + m[0].length] as const);
  const segStart = Math.max(c.start, ...runs.filter(([, e]) => e <= ph.start).map(([, e]) => e));
  const nextStart = Math.min(c.start + c.text.length, ...runs.filter(([s]) => s >= ph.end).map(([s]) => s));
  // The stretch after the figure before this one starts with that figure's unit (X亿元提高到X亿元): not a name.
  const own = stripUnit(c.text.slice(segStart - c.start, at), segStart > c.start);
  const all = mentionsAt(ph.sentence.text, ph.sentence.start, ctx);
  const inClause = all.filter((m) => m.from >= c.start && m.to <= c.start + c.text.length);
  const tiers: [Tier, Mention[], boolean][] = [
    // A name written across a 、 (交通运输、仓储邮政业增加值X亿元) still stands in the figure's own stretch.
    ["own", all.filter((m) => m.from >= ownFrom(ph) && m.to <= ph.start && m.to > segStart), true],
    ["after", inClause.filter((m) => m.from >= ph.end && m.to <= nextStart), false],
    ["back", inClause.filter((m) => m.to <= segStart), true],
    ["sentence", all.filter((m) => m.to <= c.start), true],
  ];
  const ownNames = namesSomething(own);
  const carried = ownNames ? undefined : carriedName(ph, own, all, ctx);
  if (carried) return carried;
  if (ownNames && !inClause.some((m) => m.from >= segStart && m.to <= ph.start)) {
    // 衣着类下降X%: the change of what is named, a row such as 衣着类价格涨幅.
    const changed = /^(.*?[\u4e00-\u9fff]{2,}?)(?:同比|比上年)?(?:上涨|下降|增长|下跌|回落|提高|降低)$/.exec(own.replace(/^[^\u4e00-\u9fff]+/, ""));
    if (changed) {
      const base = changed[1] as string;
      const grown = mentionsAt(`${base}增长`, 0, ctx).filter((m) => m.from === 0 || m.from < base.length / 2);
      if (grown.length > 0) return { mentions: nearest(grown, true).map((m) => ({ ...m, from: ph.start - 1, to: ph.start })), tier: "own", qualText: own };
    }
    const paragraph = ph.part.kind === "body" ? (ctx.paragraphs[ph.docIndex] ?? "").slice(0, segStart) : "";
    const completed = completedName(own, ph.sentence.text.slice(0, segStart - ph.sentence.start), paragraph, ph, ctx);
    if (completed) return completed;
  }
  for (const [tier, ms, before] of tiers) {
    // Earlier in the clause or elsewhere in the sentence counts only when this stretch names nothing of its own.
    if (tier !== "own" && tier !== "after" && ownNames) break;
    const picked = nearest(ms, before);
    const first = picked[0];
    if (!first) continue;
    // The name must head the figure: nothing named may stand between it and the placeholder (GDP增长的贡献率X%).
    const between = ph.sentence.text.slice(first.to - ph.sentence.start, (tier === "own" ? ph.start : segStart) - ph.sentence.start);
    if (tier === "own" && headsSomethingElse(between)) return undefined;
    // Borrowed from earlier in the sentence: every stretch passed on the way back must name nothing of its own.
    if (tier !== "own" && before && between.replace(unitAfterMarker, "|").split(/[，,；;、|]/).some(namesSomething)) return undefined;
    const span = ph.sentence.text.slice(first.from - ph.sentence.start, Math.max(...picked.map((m) => m.to)) - ph.sentence.start);
    const rest = tier === "own" ? ph.sentence.text.slice(Math.max(...picked.map((m) => m.to)) - ph.sentence.start, ph.start - ph.sentence.start) : own;
    // 地区生产总值X亿元、增长X%: the figure after the growth word is the named indicator's growth.
    // 收入X元…，比全市低X元: the difference from 全市, a row named 收入与全市差额 (or 增速与全市差距).
    const compared = /(增幅|增速)?(?:比|较)(全[国省市县区])[^，。X]{0,4}?[高低多少快慢]$/.exec(rest.replace(/\s/g, ""));
    if (compared) {
      const growth = compared[1] ? "增速" : "";
      const names = ["差额", "差距", "差"].map((d) => `${span}${growth}与${compared[2] as string}${d}`);
      const diff = names.map((t) => mentionsAt(t, 0, ctx).filter((m) => m.to > span.length)).find((ms) => ms.length > 0);
      if (diff) return { mentions: nearest(diff, true), tier, qualText: span };
    }
    const qualText = tier === "own" ? own : span + own;
    // 提高到X亿元 leads to a level, not a change.
    if (/增长|增速|增幅|下降|提高|降低|减少|回落|增加|上升|上涨|同比/.test(rest) && !/(?:到|至)$/.test(rest)) {
      const words = rest.replace(/^[^\u4e00-\u9fff]*/, "");
      const grown = [`${span}${words}`, `${span}增长`].map((t) => mentionsAt(t, 0, ctx).filter((m) => m.to > span.length)).find((ms) => ms.length > 0) ?? [];
      if (grown.length > 0) return { mentions: nearest(grown, true), tier, qualText };
    }
    return { mentions: picked, tier, qualText };
  }
  if (ownNames) return undefined;
  const cells = mentionsAt(ph.rowContext, 0, ctx);
  if (cells.length > 0) return { mentions: nearest(cells, true), tier: "table", qualText: ph.rowContext };
  return undefined;
}



/**
 * A row whose name is the one written plus a qualifier written earlier (其中，第一产业增加值 after 民营经济增加值:
 * 民营经济第一产业增加值) is the figure meant when that qualifier is in the same sentence; when it is only earlier in
 * the paragraph, either could be meant and nothing is filled.
 */
function sharpen(mentions: Mention[], ph: Placeholder, ctx: FillContext): Mention[] | Reason {
  const sentence = ph.sentence.text.slice(0, ph.start - ph.sentence.start);
  const paragraph = ph.part.kind === "body" ? (ctx.paragraphs[ph.docIndex] ?? "").slice(0, ph.sentence.start) : "";
  const longer: Mention[] = [];
  const unsure: string[] = [];
  for (const m of mentions) {
    for (const sup of ctx.index.endingWith(m.name)) {
      if (mentions.some((x) => x.row === sup.row)) continue;
      const extra = sup.name.slice(0, sup.name.length - m.name.length).replace(/^(?:全市|全县|全区|年末)/, "");
      if (extra.length < 2) continue;
      if (sentence.includes(extra)) longer.push({ ...m, row: sup.row, name: sup.name, from: m.from - extra.length });
      else if (paragraph.includes(extra)) unsure.push(sup.row.name, m.row.name);
    }
  }
  if (longer.length > 0) return longer;
  if (unsure.length > 0) return reason("ambiguous", { count: String(new Set(unsure).size), rows: [...new Set(unsure)].join("；") }, hint("pick_candidate"));
  return mentions;
}

/** Text between a name and the figure that makes the figure something else of it: 的贡献率, 占比, 人数. */
const headsSomethingElse = (between: string): boolean => /的.|率|比重|占比|比例|总额|总量|数量|人数|户数|面积|产量|产值|金额|指数|增加值/.test(between);

/**
 * A shortened name completed from the sentence: “全县户籍总户数X万户，总人口X万人” names 年末户籍总人口 — a row whose
 * name ends with what is written here (three characters or more) and whose remaining words stand earlier in the
 * sentence. The longest ending any row has decides; if none of its rows has its words in the sentence, nothing does.
 */
function completedName(own: string, earlier: string, paragraph: string, ph: Placeholder, ctx: FillContext): Named | undefined {
  const phrase = own.replace(/^[^\u4e00-\u9fff]+/, "").replace(/^(?:其中|全年|今年|全市|全县|全区|年末)+/, "").replace(verbs, "");
  for (let n = phrase.length; n >= 3; n -= 1) {
    const tail = phrase.slice(phrase.length - n);
    const rows = ctx.index.endingWith(tail);
    if (rows.length === 0) continue;
    const extraOf = (r: { name: string }): string =>
      r.name
        .slice(0, r.name.length - n)
        .replace(/^(?:年末|全市|全县|全区|全年)/, "")
        .replace(/[中的]$/, "");
    // What the clause writes before the shared ending must name nothing of its own (农产品实现利润总额 is not 利润总额).
    if (namesSomething(phrase.slice(0, phrase.length - n))) return undefined;
    const fits = rows.filter((r) => extraOf(r).length > 0 && earlier.includes(extraOf(r)));
    if (fits.length === 0) return undefined;
    const at = ph.start - n;
    return { mentions: fits.map((r) => ({ row: r.row, name: r.name, from: at, to: ph.start, strength: 1 as const })), tier: "own", qualText: own };
  }
  // 农林牧渔总产值X亿元，其中农业X亿元: 农业 with the head word (产值) the paragraph wrote before, when only one row has it.
  if (phrase.length >= 2) {
    const fits = ctx.index.startingWith(phrase).filter((r) => {
      const rest = r.name.slice(phrase.length);
      return rest.length >= 2 && !/增长|增速|增幅|比重|占比/.test(rest) && paragraph.includes(rest);
    });
    if (new Set(fits.map((r) => r.name)).size === 1) {
      const at = ph.start - phrase.length;
      return { mentions: fits.map((r) => ({ row: r.row, name: r.name, from: at, to: ph.start, strength: 1 as const })), tier: "own", qualText: own };
    }
  }
  return undefined;
}

/**
 * 城镇化率X%，比上年提高X个百分点 where the table says 常住人口城镇化率: the figure before this one named its row by a
 * shortened name (completed from the sentence); this figure, whose own stretch names nothing, is that row's change.
 */
function carriedName(ph: Placeholder, own: string, all: Mention[], ctx: FillContext): Named | undefined {
  const text = ph.sentence.text;
  const rel = ph.start - ph.sentence.start;
  const runs = [...text.slice(0, rel).matchAll(markerRe)];
  const prev = runs[runs.length - 1];
  if (!prev) return undefined;
  const prevStart = prev.index ?? 0;
  const before = runs.length > 1 ? (runs[runs.length - 2]?.index ?? 0) + (runs[runs.length - 2]?.[0].length ?? 0) : 0;
  const stretch = text.slice(before, prevStart);
  const cut = Math.max(...[...stretch.matchAll(/[，,；;：:、]/g)].map((m) => (m.index ?? 0) + 1), 0);
  const piece = stripUnit(stretch.slice(cut), before > 0 && cut === 0);
  const pieceStart = ph.sentence.start + before + cut;
  if (!namesSomething(piece) || all.some((m) => m.from >= pieceStart && m.to <= ph.sentence.start + prevStart)) return undefined;
  const paragraph = ph.part.kind === "body" ? (ctx.paragraphs[ph.docIndex] ?? "").slice(0, pieceStart) : "";
  const completed = completedName(piece, text.slice(0, pieceStart - ph.sentence.start), paragraph, ph, ctx);
  if (!completed) return undefined;
  const words = own.replace(/^[^\u4e00-\u9fff]*/, "");
  if (!/增长|增速|增幅|下降|提高|降低|减少|回落|增加|上升|上涨|同比/.test(words)) return undefined;
  for (const m of completed.mentions) {
    const grown = [`${m.name}${words}`, `${m.name}增长`].map((t) => mentionsAt(t, 0, ctx).filter((g) => g.to > m.name.length)).find((ms) => ms.length > 0);
    if (grown) return { mentions: nearest(grown, true), tier: "back", qualText: piece + own };
  }
  return undefined;
}

/** Where the figure's own stretch may begin: after the figure before it, or after a comma, semicolon or colon. */
function ownFrom(ph: Placeholder): number {
  const before = ph.sentence.text.slice(0, ph.start - ph.sentence.start);
  const runs = [...before.matchAll(markerRe)].map((m) => (m.index ?? 0) + m[0].length);
  const stops = [...before.matchAll(/[，,；;：:。！？]/g)].map((m) => (m.index ?? 0) + 1);
  return ph.sentence.start + Math.max(0, ...runs, ...stops);
}

function stripUnit(text: string, afterFigure: boolean): string {
  if (!afterFigure) return text;
  for (let n = Math.min(6, text.length); n >= 1; n -= 1) if (knownUnit(text.slice(0, n).replace(/^[多余]/, ""))) return text.slice(n);
  return text;
}

const describeRow = (row: Row): string => [row.name, row.period, row.region].filter((s) => s).join("，");

interface Checked {
  c: Candidate;
  mention: Mention;
  /** the identity step that refused it (1–4), or undefined */
  refused?: Reason;
}

// A change word, or a comparison (比全市低X元, 高于全省X个百分点): the figure after it is a difference.
const changeWord = /(增长|增加(?!值)|提高|下降|减少|降低|提升|上升|回落|下滑|扩大|缩小|收窄|[高低快慢]于[^，。；]{0,8}|(?<=[比较][^，。；X]{0,8})[高低多少快慢])(到|至)?/g;
const changeRow = /增长|增加(?!值)|提高|下降|减少|降低|提升|上升|增速|增幅|变化|回落|增减|[高低快慢]于|差/;

/** The change word right before the placeholder (比上年增长X%), unless it leads to a level (提高到X%). */
function changeBefore(ph: Placeholder): { word: string; at: number } | undefined {
  const before = ph.sentence.text.slice(0, ph.start - ph.sentence.start);
  let last: RegExpExecArray | undefined;
  changeWord.lastIndex = 0;
  for (let m = changeWord.exec(before); m; m = changeWord.exec(before)) last = m;
  if (!last || last[2] || before.length - (last.index + last[0].length) > 2) return undefined;
  return { word: last[1] as string, at: ph.sentence.start + last.index };
}

function identity(m: Mention, ph: Placeholder, ctx: FillContext, named: Named, period: TextPeriod | undefined): Reason | undefined {
  const row = m.row;

  const q = named.tier === "bound" ? undefined : qualifierProblem(qualifiersOf(named.qualText), m.name, [row.name, ...row.aliases]);
  if (q) return reason(q.code, { row: row.name, qualifier: q.qualifier, ...(q.code === "qualifier_differs" ? { rowQualifier: q.rowQualifier } : {}) });
  if (conversion(row.unit, ph.unit) === undefined) return reason("unit_mismatch", { row: row.name, rowUnit: row.unit || "无单位", unit: ph.unit || "无单位" });
  const change = named.tier === "list" || named.tier === "bound" ? undefined : changeBefore(ph);
  // 常住人口X万人，比上年末增加X万人: after a change word the figure is the change, never the level named before it
  // (a row holding a negative value is a change whatever its name).
  const isChange = [row.name, ...row.aliases].some((n) => changeRow.test(n)) || (typeof row.value === "number" && row.value < 0);
  if (change && named.tier !== "table" && m.to <= change.at && !isChange) return reason("level_for_change", { row: row.name, word: change.word });
  const rowPeriod = parsePeriod(row.period, ctx.docYear);
  if (period?.after && rowPeriod) {
    if (rowPeriod.year <= period.period.year) return reason("period_mismatch", { row: row.name, rowPeriod: row.period, period: `${periodLabel(period.period)}之后`, from: period.from });
  } else if (period && rowPeriod && !periodFits(period.period, rowPeriod)) {
    const p = period.period;
    if (p.year === rowPeriod.year && periodKind(p) !== periodKind(rowPeriod)) {
      return reason("stock_flow_mismatch", { row: row.name, period: periodLabel(p), kind: periodKind(p), rowPeriod: row.period, rowKind: periodKind(rowPeriod) });
    }
    return reason("period_mismatch", { row: row.name, rowPeriod: row.period, period: periodLabel(p), from: period.from });
  }
  const region = regionProblem(row, ph, ctx);
  if (region) return reason(region.code, { row: row.name, ...region.params });
  return undefined;
}

const verbs = /(?:达到|达|为|是|共计|共|累计|完成|实现|增长|下降|提高|增加|减少|降低|超过|突破|约|近|了|到|新增|同比|比上年)+$/;

/** What to add to the table so that this placeholder finds its row next time. */
function noMentionHint(ph: Placeholder, ctx: FillContext): Hint {
  const c = ph.clause;
  const before = c.text.slice(0, ph.start - c.start);
  const last = before.split(markerRe).pop() ?? "";
  const term = last
    .replace(/^[^\u4e00-\u9fff]+/, "")
    .replace(/^(?:其中|全市|全县|全区|我市|我县|我区|今年|去年|全年|上半年|\d{4}年|[\d\-－—]+月(?:份|底|末)?)+/, "")
    .replace(verbs, "")
    .slice(-16);
  if (term.length < 2) return hint("write_manually");
  const near = ctx.index.near(term, Math.max(2, Math.ceil(term.length * 0.6))).find((r) => conversion(r.unit, ph.unit) !== undefined);
  return near ? hint("add_alias", { row: near.name, term }) : hint("add_row", { term });
}

function blank(ph: Placeholder, status: Proposal["status"], why: Reason, candidates: Candidate[]): Proposal {
  return { placeholder: ph, status, value: null, row: undefined, rowId: undefined, confidence: "none", reason: describeReason(why, "zh-CN"), why, candidates };
}

const problemOf = (code: ReasonCode, params: Params): Reason => reason(code, params);

/**
 * The unit as written in full: the scanner may stop early in a multi-character unit (万千瓦 of 万千瓦时); the longest
 * known unit continuing the one it gave is the placeholder's unit.
 */
function fullUnit(ph: Placeholder): Placeholder {
  if (!ph.unit) return ph;
  const text = ph.clause.text;
  const at = text.indexOf(ph.unit, ph.end - ph.clause.start);
  if (at < 0 || at > ph.end - ph.clause.start + 1) return ph;
  for (let k = 3; k >= 1; k -= 1) {
    const longer = text.slice(at, at + ph.unit.length + k);
    if (longer.length === ph.unit.length + k && knownUnit(longer)) return { ...ph, unit: longer };
  }
  return ph;
}

export function matchNumber(original: Placeholder, ctx: FillContext): Proposal {
  const ph = fullUnit(original);
  const p = matchWithUnit(ph, ctx);
  return { ...p, placeholder: original };
}

function matchWithUnit(ph: Placeholder, ctx: FillContext): Proposal {
  let found: Named | { mismatch: number } | undefined;
  if (ph.bound) {
    // A placeholder an inserted section bound to an indicator is matched against that indicator only.
    const rows = ctx.rows.filter((r) => (r.name === ph.bound || r.aliases.includes(ph.bound)) && typeof r.value === "number");
    if (rows.length === 0) return blank(ph, "no_match", reason("bound_missing", { name: ph.bound }, hint("add_row", { term: ph.bound })), []);
    found = { mentions: rows.map((row) => ({ row, name: ph.bound, from: 0, to: ph.bound.length, strength: 2 as const })), tier: "bound", qualText: "" };
  } else {
    found = named(ph, ctx);
  }
  if (!found) return blank(ph, "no_match", reason("no_mention", {}, noMentionHint(ph, ctx)), []);
  if ("mismatch" in found) return blank(ph, "no_match", reason("list_mismatch", { count: String(found.mismatch) }, hint("write_manually")), []);

  const written = textPeriod(ph, ctx);
  // 从2015年的X亿元提高到X亿元: the figure after 到 is of a later period than the one the range starts from.
  const rangeEnd = /从[^，；。]*(?:到|至)[^，；。从]*$/.test(ph.sentence.text.slice(0, ph.start - ph.sentence.start));
  const period: TextPeriod | undefined = written && rangeEnd ? { ...written, after: true } : written;
  const sharpened = found.tier === "bound" || found.tier === "list" ? found.mentions : sharpen(found.mentions, ph, ctx);
  if (!Array.isArray(sharpened)) return blank(ph, "ambiguous", sharpened, []);
  const best = new Map<Row, Mention>();
  for (const m of sharpened) {
    const old = best.get(m.row);
    if (!old || m.to - m.from > old.to - old.from || (m.to - m.from === old.to - old.from && m.strength > old.strength)) best.set(m.row, m);
  }
  const rank = (m: Mention): number => (m.to - m.from) * 4 + m.strength;
  const checked: Checked[] = [...best.values()]
    .sort((a, b) => rank(b) - rank(a))
    .map((mention) => {
      const refused = identity(mention, ph, ctx, found, period);
      const c: Candidate = { row: mention.row, rowId: rowId(mention.row), value: null, score: rank(mention), problem: refused ? describeReason(refused, "zh-CN") : "" };
      if (refused) c.why = refused;
      return refused ? { c, mention, refused } : { c, mention };
    });
  const candidates = checked.map((k) => k.c);
  const passing = checked.filter((k) => !k.refused);
  const top = passing[0];
  if (!top) {
    const first = checked[0] as Checked;
    return blank(ph, "no_match", first.refused as Reason, candidates);
  }
  const rivals = passing.filter((k) => k !== top && k.c.score === top.c.score);
  if (rivals.length > 0) {
    const list = [top, ...rivals].map((k) => describeRow(k.mention.row)).join("；");
    const code = period ? "ambiguous" : "ambiguous_period";
    const h = period ? hint("pick_candidate") : hint("write_period", { example: top.mention.row.period || "2025年" });
    for (const k of [top, ...rivals]) fillValue(k, ph, ctx);
    return blank(ph, "ambiguous", reason(code, { count: String(rivals.length + 1), rows: list }, h), candidates);
  }
  const out = fillValue(top, ph, ctx);
  if (!out.ok) {
    if (out.offer !== undefined) top.c.value = out.offer;
    return blank(ph, "conflict", out.why, [top.c, ...candidates.filter((c) => c !== top.c)]);
  }
  const confident = (["own", "after", "list", "bound", "table"] as Tier[]).includes(found.tier) && !period?.after && (period?.from === "sentence" || period?.from === "table" || !top.mention.row.period);
  const row = top.mention.row;
  const from: PeriodSource | "" = period && period.from !== "sentence" ? period.from : "";
  const why = reason("filled", {
    row: row.name,
    period: row.period,
    periodFrom: row.period ? from : "",
    onlyPeriod: row.period && !period ? "1" : "",
    region: row.region,
    source: row.source,
    note: out.notes.join(","),
  });
  return { placeholder: ph, status: "fill", value: out.text, row, rowId: top.c.rowId, confidence: confident ? "high" : "medium", reason: describeReason(why, "zh-CN"), why, candidates };
}

type Written = { ok: true; text: string; notes: string[] } | { ok: false; why: Reason; offer?: string };

/** Steps 5 and 6 for one row: sign and plausibility, then the written form. */
function fillValue(k: Checked, ph: Placeholder, ctx: FillContext): Written {
  const row = k.mention.row;
  const value = row.value as number;
  const before = ph.clause.text.slice(0, ph.start - ph.clause.start);
  const v = checkValue(row, value, before, ph.unit);
  if (!v.ok) {
    const why = problemOf(v.code, { row: row.name, ...v.params, unit: v.params.unit ?? ph.unit });
    k.c.problem = describeReason(why, "zh-CN");
    k.c.why = why;
    return { ok: false, why };
  }
  const factor = conversion(row.unit, ph.unit) as number;
  const f = formatFigure(v.value, factor, ph, ctx.thousandsSeparator, row.name);
  if (!f.ok) {
    const why = reason(f.code, f.params);
    k.c.problem = f.problem;
    k.c.why = why;
    return f.offer === undefined ? { ok: false, why } : { ok: false, why, offer: f.offer };
  }
  k.c.value = f.text;
  return { ok: true, text: f.text, notes: [...v.notes, ...f.notes] };
}

