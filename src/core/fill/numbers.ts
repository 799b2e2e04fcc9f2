/**
 * The number matcher. Decision order, each step only narrowing what the step before chose:
 *
 * 1. Clause mention and qualifiers (mentions.ts, completion.ts). The nearest mention decides: a row named in the
 *    placeholder's own stretch (after the figure before it), else right after it in the clause, else a row the
 *    figure's own words describe (all of its name's meaningful characters there, in at most three runs: described.ts;
 *    proposed as likely, not sure), else earlier in the clause, else in the sentence (nearest first), else in its
 *    table row — the later ones only when the own stretch
 *    names nothing and no stretch passed on the way names anything. The name must head the figure. In a 分别 list
 *    each figure takes its listed item. After a change word the figure is a change row (比上年增加X万人), after a
 *    comparison a difference row (比全市低X元). Only the rows named at that one place are candidates (the longest name
 *    there; a shorter alias inside it too). A row without the qualifier written there (省级, 城镇, 规模以上,
 *    一般公共预算, 人均), or with another one, is not the figure: a total never fills a part.
 * 2. Unit: the row's unit must convert to the placeholder's (万 ← 人; % never fills 个百分点).
 * 3. Period: from the sentence, then the table row, the paragraph, the heading above (context.ts); a stock at a
 *    point (6月末) and a flow over months (上半年) are different figures (period.ts: periodFits).
 * 4. Region: the region written nearest before the figure, else the document's; another region's row never fills.
 *    Among the rows that pass 1–4, the most specific (longest, exact before variant) wins; two alike leave it blank.
 * 5. Sign and plausibility (plausible.ts), then 6. format (format.ts), for that one row only. A refusal at 5 or 6
 *    leaves the placeholder blank: it never hands the placeholder to a weaker row.
 */
import type { Placeholder } from "../placeholders/types";
import { parsePeriod, periodFits, periodKind, periodLabel } from "../table/period";
import { type Row, rowId } from "../table/schema";
import { conversion, knownUnit } from "../table/units";
import { sharpen } from "./sharpen";
import { figureWords, partMissing } from "./described";
import { type PeriodSource, type TextPeriod, regionProblem, textPeriod } from "./context";
import { formatFigure } from "./format";
import { listedUnit } from "./listUnit";
import { markerRe } from "./lists";
import { named } from "./mentions";
import type { Named, Tier } from "./mentionText";
import { type Mention, normalise } from "./nameIndex";
import { partSubject } from "./partSubject";
import { checkValue } from "./plausible";
import { qualifierProblem, qualifiersOf } from "./qualifiers";
import { type Hint, type Params, type Reason, type ReasonCode, describeReason, hint, reason } from "./reasons";
import type { Candidate, FillContext, Proposal } from "./types";
import { matchesCompared, namesSomething, verbs } from "./words";

const describeRow = (row: Row): string => [row.name, row.period, row.region].filter((s) => s).join("，");

interface Checked {
  c: Candidate;
  mention: Mention;
  /** the identity step that refused it (1–4), or undefined */
  refused?: Reason;
}

// A change word, or a comparison (比全市低X元, 高于全省X个百分点): the figure after it is a difference.
// A bare 高/低/多/少/快/慢 (group 2) is a comparison only after 比 or 较 (matchesCompared).
const changeWord = /(增长|增加(?!值)|提高|下降|减少|降低|提升|上升|回落|下滑|扩大|缩小|收窄|[高低快慢]于[^，。；]{0,8}|([高低多少快慢]))(到|至)?/g;
const changeRow = /增长|增加(?!值)|提高|下降|减少|降低|提升|上升|增速|增幅|变化|回落|增减|[高低快慢]于|差/;

/** The change word right before the placeholder (比上年增长X%), unless it leads to a level (提高到X%). */
function changeBefore(ph: Placeholder): { word: string; at: number } | undefined {
  const before = ph.sentence.text.slice(0, ph.start - ph.sentence.start);
  const last = matchesCompared(before, changeWord, [2]).pop();
  if (!last || last[3] || before.length - (last.index + last[0].length) > 2) return undefined;
  return { word: last[1] as string, at: ph.sentence.start + last.index };
}

function identity(m: Mention, ph: Placeholder, ctx: FillContext, named: Named, period: TextPeriod | undefined): Reason | undefined {
  const row = m.row;
  // 人均地区生产总值（按户籍人口） found as 人均生产总值: its note must be written before the figure, or be its unit.
  if (m.note !== undefined && ph.unit !== m.note && !ph.sentence.text.slice(0, ph.start - ph.sentence.start).includes(m.note)) {
    return reason("note_missing", { row: row.name, qualifier: m.note });
  }

  const q = named.tier === "bound" ? undefined : qualifierProblem(qualifiersOf(named.qualText), m.name, [row.name, ...row.aliases]);
  if (q) return reason(q.code, { row: row.name, qualifier: q.qualifier, ...(q.code === "qualifier_differs" ? { rowQualifier: q.rowQualifier } : {}) });
  const need = named.need;
  if (need && ![row.name, ...row.aliases].some((n) => n.includes(need))) return reason("qualifier_missing", { row: row.name, qualifier: need });
  if (conversion(row.unit, ph.unit) === undefined) return reason("unit_mismatch", { row: row.name, rowUnit: row.unit || "无单位", unit: ph.unit || "无单位" });
  const change = named.tier === "list" || named.tier === "bound" ? undefined : changeBefore(ph);
  // 常住人口X万人，比上年末增加X万人: after a change word the figure is the change, never the level named before it
  // (a row holding a negative value is a change whatever its name).
  // 收入任务X万，完成X万: the figure after 完成 is the actual, never the target named before it.
  const actual = /(?:完成|实现|实际)[^，。；X]{0,3}$/.test(ph.clause.text.slice(0, ph.start - ph.clause.start));
  if (actual && named.tier !== "own" && [row.name, ...row.aliases].some((n) => /任务|目标|计划|预期/.test(n))) return reason("target_for_actual", { row: row.name });
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


/** What to add to the table so that this placeholder finds its row next time. */
function noMentionHint(ph: Placeholder, ctx: FillContext): Hint {
  const c = ph.clause;
  const before = c.text.slice(0, ph.start - c.start);
  const last = before.split(markerRe).pop() ?? "";
  let term = last
    .replace(/^[^\u4e00-\u9fff\d]+/, "")
    .replace(/^(?:其中|全市|全县|全区|我市|我县|我区|今年|去年|全年|上半年|年末|年底|\d{4}年(?:末|底)?|[\d\-－—]+月(?:份|底|末)?)+/, "")
    .replace(/^[^\u4e00-\u9fff]+/, "")
    .replace(verbs, "")
    // 比重较2023年提高X个百分点: the year compared with is not part of the indicator's name.
    .replace(/(?:比|较)(?:\d{4}年|上年|去年|上年同期|去年同期)?$/, "")
    .slice(-16);
  // 好盈科技等X家企业常态化开展测试: the words before name examples; what is counted is written after the unit.
  if (/等$/.test(term) || term.length < 2) {
    const [, tail = ""] = figureWords(ph).text.split("|");
    const counted = /^[\u4e00-\u9fff“”]{2,10}/.exec(tail)?.[0];
    if (counted) term = counted;
  }
  if (term.length < 2 || !namesSomething(term)) return hint("write_manually");
  const near = ctx.index.near(term, Math.max(2, Math.ceil(term.length * 0.6))).find((r) => conversion(r.unit, ph.unit) !== undefined && aliasFits(term, r.name));
  // A row already called so was read and refused by a rule of step 1: an alias it has cannot help.
  if (near && [near.name, ...near.aliases].includes(term)) return hint("write_manually");
  return near ? hint("add_alias", { row: near.name, term }) : hint("add_row", { term });
}

/**
 * Whether the term may be offered as an alias of the row: one holds all the other's meaningful characters (股份企业
 * of 新增股份制企业, 引进高端人才 of 引进人才) or the two share three quarters of the longer's, and the term writes no
 * qualifier or part word the row lacks (城镇人口 is never offered for 人口, 国有企业营业收入 for 企业营业收入).
 * 人口出生率 shares 人口 and 率 with 人口死亡率 and must never be offered as its alias: the drafter would follow the
 * hint into a wrong fill.
 */
function aliasFits(term: string, name: string): boolean {
  if (qualifierProblem(qualifiersOf(term), name, [name]) || partMissing(term, name)) return false;
  // On the characters as written too: read through a synonym, 人口死亡率 is 死亡率, and 婴儿死亡率 would hold all of it.
  return overlaps(new Set(normalise(term).text), new Set(normalise(name).text)) && overlaps(new Set(term), new Set(name));
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  const shared = [...a].filter((c) => b.has(c)).length;
  return shared === a.size || shared === b.size || shared >= 0.75 * Math.max(a.size, b.size);
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
  // The list runs across 、, where the clause ends: read it in the sentence.
  const rest = ph.sentence.text.slice(ph.end - ph.sentence.start + (at - (ph.end - ph.clause.start)) + ph.unit.length);
  const listed = listedUnit(rest, ph.unit);
  return listed === ph.unit ? ph : { ...ph, unit: listed };
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
  // 分产业看，第一产业增长X%: which indicator of the part is meant (partSubject.ts).
  const subject = partSubject(found, ph, ctx);
  if (!("tier" in subject)) return blank(ph, "ambiguous", subject, []);
  found = subject;

  const written = textPeriod(ph, ctx);
  // 从2015年的X亿元提高到X亿元: the figure after 到 is of a later period than the one the range starts from.
  // 从2015年的X亿元提高到X亿元，年均增长X%: an average growth over that range is of the years after its start too.
  const sentenceBefore = ph.sentence.text.slice(0, ph.start - ph.sentence.start);
  const rangeEnd = /从[^，；。]*(?:到|至)[^，；。从]*$/.test(sentenceBefore) || /从[^；。从]*(?:到|至)[^；。从]*，年均[^，；。]*$/.test(sentenceBefore);
  const period: TextPeriod | undefined = written && rangeEnd ? { ...written, after: true } : written;
  const sentencePeriod = period?.from === "sentence" && !period.after ? period.period : undefined;
  const fitsSentence = (row: Row): boolean => {
    const p = sentencePeriod ? parsePeriod(row.period, ctx.docYear) : undefined;
    return !sentencePeriod || !p || periodFits(sentencePeriod, p);
  };
  const sharpened = found.tier === "bound" || found.tier === "list" ? found.mentions : sharpen(found.mentions, ph, ctx, fitsSentence);
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
  const first = passing[0];
  if (!first) {
    const refused = checked[0] as Checked;
    return blank(ph, "no_match", refused.refused as Reason, candidates);
  }
  const decided = writtenBasis(passing.filter((k) => k.c.score === first.c.score), ph);
  const top = decided ?? first;
  const rivals = decided ? [] : passing.filter((k) => k !== top && k.c.score === top.c.score);
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

/**
 * 同比增长X% / 可比增长X%: rows alike but for the basis of the change (the names read the same once 同比 and 可比 are
 * set aside) — the one whose basis is written right before the figure is meant; undefined when that does not decide.
 */
function writtenBasis(tied: Checked[], ph: Placeholder): Checked | undefined {
  if (tied.length < 2) return undefined;
  const before = ph.clause.text.slice(Math.max(0, ph.start - ph.clause.start - 6), ph.start - ph.clause.start);
  const word = /(同比|可比|现价)[^同可现]*$/.exec(before)?.[1];
  if (!word) return undefined;
  const with_ = tied.filter((k) => [k.mention.row.name, ...k.mention.row.aliases].some((n) => n.includes(word)));
  return with_.length === 1 ? with_[0] : undefined;
}

type Written = { ok: true; text: string; notes: string[] } | { ok: false; why: Reason; offer?: string };

/** Steps 5 and 6 for one row: sign and plausibility, then the written form. */
function fillValue(k: Checked, ph: Placeholder, ctx: FillContext): Written {
  const row = k.mention.row;
  const value = row.value as number;
  // 增速低于全国（X%）: the comparison opening the parenthesis is the county's against the region's, not the
  // direction of the region's figure inside it.
  const before = ph.clause.text.slice(0, ph.start - ph.clause.start).replace(/[高低快慢多少]于[\u4e00-\u9fff]{1,12}?[（(]\s*$/, "（");
  const v = checkValue(row, value, before, ph.unit);
  if (!v.ok) {
    const why = problemOf(v.code, { row: row.name, ...v.params, unit: v.params.unit ?? ph.unit });
    k.c.problem = describeReason(why, "zh-CN");
    k.c.why = why;
    return { ok: false, why };
  }
  const factor = conversion(row.unit, ph.unit) as number;
  const f = formatFigure(v.value, factor, ph, ctx.thousandsSeparator, row.name, row.unit);
  if (!f.ok) {
    const why = reason(f.code, f.params);
    k.c.problem = f.problem;
    k.c.why = why;
    return f.offer === undefined ? { ok: false, why } : { ok: false, why, offer: f.offer };
  }
  k.c.value = f.text;
  return { ok: true, text: f.text, notes: [...v.notes, ...f.notes] };
}

