import type { Placeholder } from "../placeholders/types";
import { carriedName, completedName } from "./completion";
import { levelAfterGrowth } from "./levelAfterGrowth";
import { listLead } from "./listLead";
import { listSlot, markerRe } from "./lists";
import { type Named, type Tier, mentionsAt, nearest, ownFrom, stripUnit } from "./mentionText";
import { type Mention, normalise } from "./nameIndex";
import type { FillContext } from "./types";
import { carriedQualifier } from "./carry";
import { endsWithPlace } from "./context";
import { comparedInBrackets, comparedValue } from "./comparedValue";
import { contributionOf } from "./contribution";
import { describedRow } from "./described";
import { partListed, placeListed } from "./placeList";
import { previousChange } from "./previousChange";
import { scopedName } from "./scopeHeading";
import { shareListed, shareNamed, shareSubjectGrowth } from "./share";
import { unitCount } from "./unitCount";
import { versusNamed } from "./versus";
import { headedByPart, namesIndicator, namesSomething, stripWrittenFigures, unitAfterMarker, withoutLeadingYear } from "./words";

/** Step 1 of the decision order (see numbers.ts): which rows the text names for a placeholder, and where. */

export function named(ph: Placeholder, ctx: FillContext): Named | { mismatch: number } | undefined {
  const c = ph.clause;
  const at = ph.start - c.start;
  const slot = listSlot(ph.sentence.text, ph.start - ph.sentence.start);
  if (slot && "mismatch" in slot) return slot;
  if (slot) {
    const ms = mentionsAt(slot.phrase, 0, ctx).filter((m) => m.from < slot.itemTo && m.to > slot.itemFrom);
    if (ms.length > 0) return { mentions: nearest(ms, true), tier: "list", qualText: slot.phrase };
    // 第一产业、第二产业、第三产业分别完成X亿元…: a sector's figure in money is its value added (第一产业增加值).
    if (/第[一二三]产业$/.test(slot.phrase.slice(slot.itemFrom, slot.itemTo)) && /元$/.test(ph.unit)) {
      const phrase = `${slot.phrase.slice(0, slot.itemTo)}增加值${slot.phrase.slice(slot.itemTo)}`;
      const added = mentionsAt(phrase, 0, ctx).filter((m) => m.strength > 0 && m.from <= slot.itemFrom && m.to >= slot.itemTo + 3);
      if (added.length > 0) return { mentions: nearest(added, true), tier: "list", qualText: phrase };
    }
    const item = ph.sentence.text.slice(0, ph.start - ph.sentence.start).split(/[、，,；;：:]/).pop() ?? "";
    return shareListed(ph, slot.phrase, ctx) ?? placeListed(ph, item, mentionsAt(ph.sentence.text, ph.sentence.start, ctx), ctx);
  }
  const runs = [...c.text.matchAll(markerRe)].map((m) => [c.start + (m.index ?? 0), c.start + (m.index ?? 0) + m[0].length] as const);
  const segStart = Math.max(c.start, ...runs.filter(([, e]) => e <= ph.start).map(([, e]) => e));
  const nextStart = Math.min(c.start + c.text.length, ...runs.filter(([s]) => s >= ph.end).map(([s]) => s));
  // The stretch after the figure before this one starts with that figure's unit (X亿元提高到X亿元): not a name.
  const own = stripUnit(c.text.slice(segStart - c.start, at), segStart > c.start);
  // 本科上线率同比提升X%和X%: a second figure joined to the one before names another thing than it, and no list says
  // which; it is never the same row again.
  if (segStart > c.start && /^\s*[和及与]\s*$/.test(own)) return undefined;
  const all = mentionsAt(ph.sentence.text, ph.sentence.start, ctx);
  const inClause = all.filter((m) => m.from >= c.start && m.to <= c.start + c.text.length);
  const led = listLead(ph, ctx);
  if (led === "none") return undefined;
  const spliced = led ?? (ownMentions(all, ph, segStart) ? undefined : (splice(ph, ctx) ?? unitCount(ph, own, ctx)));
  if (spliced) return spliced;
  const tiers: [Tier, Mention[], boolean][] = [
    // A name written across a 、 (交通运输、仓储邮政业增加值X亿元) still stands in the figure's own stretch.
    ["own", all.filter((m) => m.from >= ownFrom(ph) && m.to <= ph.start && m.to > segStart), true],
    ["after", inClause.filter((m) => m.from >= ph.end && m.to <= nextStart), false],
    ["back", inClause.filter((m) => m.to <= segStart), true],
    ["sentence", all.filter((m) => m.to <= c.start), true],
  ];
  const scoped = scopedName(ph, own, ctx);
  if (scoped === "none") return undefined;
  const carriedQ = carriedQualifier(ph, own, ctx) ?? scoped;
  if (carriedQ) return carriedQ;
  const listed = placeListed(ph, own, all, ctx) ?? partListed(ph, own, ctx);
  if (listed) return listed;
  // 电力、热力、燃气及水生产和供应业增加值占比为X%: a share's subject may be written across a 、.
  const wideOwn = ph.sentence.text.slice(ownFrom(ph) - ph.sentence.start, ph.start - ph.sentence.start);
  const share = shareNamed(ph, wideOwn.endsWith(own) ? wideOwn : own, segStart, ctx) ?? shareSubjectGrowth(ph, own, ctx);
  if (share) return share;
  const comparedWith = namesSomething(own) ? undefined : (comparedValue(ph, ctx) ?? comparedInBrackets(ph, ctx) ?? levelAfterGrowth(ph, ctx));
  if (comparedWith) return comparedWith;
  const contribution = contributionOf(ph, own, ctx);
  if (contribution) return contribution;
  const versus = versusNamed(ph, own, ctx);
  if (versus) return versus;
  const ownNames = namesSomething(own);
  // previousChange reads only a bare change (增长, 比上年新增: 新增 alone counts as a name elsewhere).
  const carried = (ownNames ? undefined : carriedName(ph, own, all, ctx)) ?? previousChange(ph, own, ctx);
  if (carried) return carried;
  if (ownNames && !inClause.some((m) => m.from >= segStart && m.to <= ph.start)) {
    // 衣着类下降X%: the change of what is named, a row such as 衣着类价格涨幅. Read from where the figure's own
    // stretch begins, so that a name written across a 、 (电力、热力、燃气及水生产和供应业增加值下降X%) is read whole.
    const wide = ph.sentence.text.slice(ownFrom(ph) - ph.sentence.start, ph.start - ph.sentence.start);
    const stripped = withoutLeadingYear(wide.endsWith(own) ? wide : own);
    const changed = /^(.*?[\u4e00-\u9fff]{2,}?)(?:同比|比上年)?(?:上涨|下降|增长|下跌|回落|提高|降低)$/.exec(stripped);
    if (changed) {
      const base = changed[1] as string;
      // The name must cover the base from its first meaningful character (其中 and affixes aside): 重工业增加值增长 is
      // not 工业增加值增长速度, a total never fills a part.
      const lead = /^(?:其中|\d{4}年|上半年|下半年|前三季度|第?[一二三四]季度|\d{1,2}[-－—至]\d{1,2}月份?|\d{1,2}月份?|全年|今年)*/.exec(base)?.[0] ?? "";
      const head = lead.length + (normalise(base.slice(lead.length)).starts[0] ?? 0);
      const grown = mentionsAt(`${base}增长`, 0, ctx).filter((m) => m.from <= head);
      // The mention stands where the base is written (分产业看，第三产业下降X%: partSubject reads the part there).
      const from = ph.start - stripped.length;
      if (grown.length > 0) return { mentions: nearest(grown, true).map((m) => ({ ...m, from, to: from + base.length })), tier: "own", qualText: own };
    }
    const paragraph = ph.part.kind === "body" ? (ctx.paragraphs[ph.docIndex] ?? "").slice(0, segStart) : "";
    const completed = completedName(own, ph.sentence.text.slice(0, segStart - ph.sentence.start), paragraph, ph, ctx);
    if (completed) return completed;
  }
  // 按性别分：男X万人，女X万人: a single 男 or 女 names no row alone, but completes to 户籍男性人口 from the total broken down.
  if (!ownNames && /^[^\u4e00-\u9fff]*[男女]$/.test(own)) {
    const paragraph = ph.part.kind === "body" ? (ctx.paragraphs[ph.docIndex] ?? "").slice(0, segStart) : "";
    const completed = completedName(own, ph.sentence.text.slice(0, segStart - ph.sentence.start), paragraph, ph, ctx);
    if (completed) return completed;
  }
  const whole = ownNames ? wholeNameChange(own, ph, ctx) : undefined;
  if (whole) return whole;
  for (const [tier, ms, before] of tiers) {
    // Nothing named in the figure's own words or right after it: they may still describe a row (described.ts),
    // which comes before any name borrowed from earlier in the clause or sentence.
    if (tier === "back") {
      const d = describedRow(ph, ctx);
      if (d) return d;
    }
    // Earlier in the clause or elsewhere in the sentence counts only when this stretch names nothing of its own.
    if (tier !== "own" && tier !== "after" && ownNames) break;
    const picked = nearest(ms, before);
    const first = picked[0];
    if (!first) continue;
    // The name must head the figure: nothing named may stand between it and the placeholder (GDP增长的贡献率X%).
    const between = ph.sentence.text.slice(Math.max(...picked.map((m) => m.to)) - ph.sentence.start, (tier === "own" ? ph.start : segStart) - ph.sentence.start);
    if (tier === "own" && headsSomethingElse(between)) return undefined;
    // 重工业增加值增长X% holds 工业增加值增长: a total never fills a part.
    const start = Math.min(...picked.map((m) => m.from));
    const written = ph.sentence.text.slice(start - ph.sentence.start, Math.max(...picked.map((m) => m.to)) - ph.sentence.start);
    if (wordBefore(ph, tier, start, written, ctx, picked.every((m) => m.strength === 2))) return undefined;
    // Borrowed from earlier in the sentence: every stretch passed on the way back must name nothing of its own.
    if (tier !== "own" && before && stripWrittenFigures(between.replace(unitAfterMarker, "|")).split(/[，,；;、|]/).some(namesIndicator)) return undefined;
    const span = ph.sentence.text.slice(first.from - ph.sentence.start, Math.max(...picked.map((m) => m.to)) - ph.sentence.start);
    const rest = tier === "own" ? ph.sentence.text.slice(Math.max(...picked.map((m) => m.to)) - ph.sentence.start, ph.start - ph.sentence.start) : own;
    // 地区生产总值X亿元、增长X%: the figure after the growth word is the named indicator's growth.
    // 收入X元…，比全市低X元: the difference from 全市, a row named 收入与全市差额 (or 增速与全市差距).
    // A composite name must cover the whole name written (万元GDP能耗下降 is not GDP growth): it starts where the
    // name's meaningful characters start.
    const head = normalise(span).starts[0] ?? 0;
    const compared = /(增幅|增速)?(?:比|较)(全[国省市县区])[^，。X]{0,4}?[高低多少快慢]$/.exec(rest.replace(/\s/g, ""));
    if (compared) {
      const growth = compared[1] ? "增速" : "";
      const names = ["差额", "差距", "差"].map((d) => `${span}${growth}与${compared[2] as string}${d}`);
      const diff = names.map((t) => mentionsAt(t, 0, ctx).filter((m) => m.to > span.length && m.from <= head)).find((ms) => ms.length > 0);
      if (diff) return { mentions: nearest(diff, true), tier, qualText: span };
    }
    const qualText = tier === "own" ? own : span + own;
    // 提高到X亿元 leads to a level, not a change.
    if (/增长|增速|增幅|下降|提高|降低|减少|回落|增加|上升|上涨|同比/.test(rest) && !/(?:到|至)$/.test(rest)) {
      const words = rest.replace(/^[^\u4e00-\u9fff]*/, "");
      const grown = [`${span}${words}`, `${span}增长`].map((t) => mentionsAt(t, 0, ctx).filter((m) => m.to > span.length && m.from <= head)).find((ms) => ms.length > 0) ?? [];
      if (grown.length > 0) return { mentions: nearest(grown, true), tier, qualText };
      // 其中地方级收入X亿元，增长X%: named by an alias, the figure's change is the growth row of the row's own name.
      const byName = aliasGrowth(picked, ctx);
      if (byName.length > 0) return { mentions: byName.map((m) => ({ ...m, from: first.from, to: first.to })), tier, qualText };
    }
    return { mentions: picked, tier, qualText };
  }
  if (ownNames) return undefined;
  const cells = mentionsAt(ph.rowContext, 0, ctx);
  if (cells.length > 0) return { mentions: nearest(cells, true), tier: "table", qualText: ph.rowContext };
  return undefined;
}



/**
 * 全市单位地区生产总值能耗比上年下降X%: the own stretch names 地区生产总值 inside a longer name. The change of the whole
 * name written (a row 单位地区生产总值能耗增长速度) is meant when a row covers all of it, from its first meaningful
 * character; otherwise the name inside is read as before (and 万元GDP能耗 never takes GDP's growth).
 */
function wholeNameChange(own: string, ph: Placeholder, ctx: FillContext): Named | undefined {
  // 2022年工业增加值比上年增长: the year written first is when, not a part of the name.
  const stripped = withoutLeadingYear(own);
  const changed = /^(.*?[\u4e00-\u9fff]{2,}?)(?:同比|比上年|较上年)?(?:上涨|下降|增长|下跌|回落|提高|降低)$/.exec(stripped);
  if (!changed) return undefined;
  const base = changed[1] as string;
  const head = normalise(base).starts[0] ?? 0;
  const grown = mentionsAt(`${base}增长`, 0, ctx).filter((m) => m.from <= head && m.to > base.length);
  if (grown.length === 0) return undefined;
  const from = ph.start - stripped.length;
  return { mentions: nearest(grown, true).map((m) => ({ ...m, from: from + m.from, to: from + base.length })), tier: "own", qualText: own };
}

/** The growth rows of the rows a span names only by an alias (地方级收入 → 地方一般公共预算收入增长速度), exact or variant. */
function aliasGrowth(picked: Mention[], ctx: FillContext): Mention[] {
  const rows = new Set(picked.filter((m) => m.name !== m.row.name).map((m) => m.row));
  if (rows.size !== 1 || picked.some((m) => !rows.has(m.row))) return [];
  const name = (picked[0] as Mention).row.name;
  const head = normalise(name).starts[0] ?? 0;
  return mentionsAt(`${name}增长`, 0, ctx).filter((m) => m.strength > 0 && m.from <= head && m.to > name.length);
}

/**
 * Whether a word of the text's own stands right before the name found (农林牧|渔业产值): read back from the name to the
 * stop before it (punctuation, a figure, or where the figure's own stretch starts), at most 24 characters.
 */
function wordBefore(ph: Placeholder, tier: Tier, start: number, written: string, ctx: FillContext, exact: boolean): boolean {
  const text = ph.sentence.text;
  const upTo = start - ph.sentence.start;
  if (!/[\u4e00-\u9fff]/.test(text[upTo - 1] ?? "")) return false;
  const floor = Math.max(tier === "own" ? ownFrom(ph) - ph.sentence.start : 0, upTo - 24);
  let stop = upTo;
  while (stop > floor && !/[，,；;：:。、XxＸｘ╳]/.test(text[stop - 1] as string)) stop -= 1;
  const lead = stripUnit(text.slice(stop, upTo), /[XxＸｘ╳]/.test(text[stop - 1] ?? ""));
  return headedByPart(lead, written, (w) => endsWithPlace(w, ctx), exact);
}

/** Text between a name and the figure that makes the figure something else of it: 的贡献率, 占比, 人数. */
const headsSomethingElse = (between: string): boolean => /的.|率|比重|占比|比例|总额|总量|数量|人数|户数|面积|产量|产值|金额|指数|增加值/.test(between);

const ownMentions = (all: Mention[], ph: Placeholder, segStart: number): boolean => all.some((m) => m.from >= ownFrom(ph) && m.to <= ph.start && m.to > segStart);

/**
 * 新建X家乡镇孝老食堂 names 新建乡镇孝老食堂: the words around a figure, with the figure and its unit taken out, name
 * its row when a name runs across where the figure stood.
 */
function splice(ph: Placeholder, ctx: FillContext): Named | undefined {
  const text = ph.sentence.text;
  const from = ownFrom(ph) - ph.sentence.start;
  const before = text.slice(from, ph.start - ph.sentence.start);
  let after = text.slice(ph.end - ph.sentence.start).replace(/^[多余]/, "");
  if (!ph.unit || !after.startsWith(ph.unit)) return undefined;
  after = after.slice(ph.unit.length);
  const stop = after.search(/[，,；;。！？、：:（(]|\d*[XxＸｘ]/);
  const tail = stop < 0 ? after : after.slice(0, stop);
  if (before.length === 0 || tail.length < 2) return undefined;
  const across = mentionsAt(before + tail, 0, ctx).filter((m) => m.from < before.length && m.to > before.length);
  if (across.length === 0) return undefined;
  const picked = nearest(across, false).map((m) => ({ ...m, from: ph.sentence.start + from + m.from, to: ph.start }));
  return { mentions: picked, tier: "own", qualText: before + tail };
}
