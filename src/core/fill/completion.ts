import type { Placeholder } from "../placeholders/types";
import { conversion, isRateUnit } from "../table/units";
import { markerRe } from "./lists";
import { type Named, leadingUnit, mentionsAt, nearest, stripUnit } from "./mentionText";
import { type Mention, normalise, spellOut } from "./nameIndex";
import type { FillContext } from "./types";
import { joinedToEnd, lastApart, namesIndicator, namesSomething, stripWrittenFigures, unitAfterMarker, verbs, wordsLeft } from "./words";
import { sentenceStartBefore } from "./sentenceStart";

/** Names the text shortens or leaves to context, completed from the sentence or the table's longer names. */

/**
 * A shortened name completed from the sentence: “全县户籍总户数X万户，总人口X万人” names 年末户籍总人口 — a row whose
 * name ends with what is written here (three characters or more) and whose remaining words stand earlier in the
 * sentence. The longest ending any row has decides; if none of its rows has its words in the sentence, nothing does.
 */
export function completedName(own: string, earlier: string, paragraph: string, ph: Placeholder, ctx: FillContext): Named | undefined {
  const found = completedOnce(own, earlier, paragraph, ph, ctx);
  if (found) return found;
  // 个体户 where the table writes 个体工商户 (在册个体工商户): the short form spelled out.
  const spelled = spellOut(own);
  if (spelled !== own) {
    const byFull = completedOnce(spelled, earlier, paragraph, ph, ctx);
    if (byFull) return byFull;
  }
  // 其中…男性X万人: a group of people counted in 人 is that group's 人口 (户籍男性人口).
  // 当年出生登记X人 → 出生登记人口 (four characters at most: a longer stretch names more than a group).
  const bare = own.replace(/^[^\u4e00-\u9fff]+/, "").replace(/^(?:其中|全年|今年|当年|年末)+/, "").replace(verbs, "");
  if (/^(?:万|千)?人$/.test(ph.unit) && bare.length >= 2 && bare.length <= 4 && !/人口|人数|人$/.test(bare)) {
    // …only in a sentence about the population (出生, 人口 written up to here): 事故死亡X人 is no 死亡人口.
    const text = `${bare}人口`;
    const populace = /出生|人口/.test((paragraph ? paragraph.slice(sentenceStartBefore(paragraph)) : earlier) + own);
    const whole = populace ? mentionsAt(text, 0, ctx).filter((m) => m.strength > 0 && m.from === 0 && m.to === text.length) : [];
    if (whole.length > 0) return { mentions: nearest(whole, true).map((m) => ({ ...m, from: ph.start - bare.length, to: ph.start })), tier: "own", qualText: own };
    return completedOnce(`${own}人口`, earlier, paragraph, ph, ctx);
  }
  // 按性别分：男X万人，女X万人 — 男 and 女 alone are 男性人口 and 女性人口.
  if (/^(?:万|千)?人$/.test(ph.unit) && /^[男女]$/.test(bare)) return completedOnce(`${bare}性人口`, earlier, paragraph, ph, ctx);
  return undefined;
}

function completedOnce(own: string, earlier: string, paragraph: string, ph: Placeholder, ctx: FillContext): Named | undefined {
  // 按户口类别分，城镇属性人口X人: 属性 says how the total is split, not what (城镇人口); 农产品实现利润总额: 实现 is
  // the verb, not part of the name.
  const phrase = own
    .replace(/^[^\u4e00-\u9fff]+/, "")
    .replace(/^(?:其中|全年|今年|全市|全县|全区|年末|获得|争取到?|取得)+/, "")
    .replace(verbs, "")
    .replace(/属性/g, "")
    .replace(/([\u4e00-\u9fff]{2})(?:实现|完成)(?=[\u4e00-\u9fff]{2})/g, "$1");
  for (let n = phrase.length; n >= 2; n -= 1) {
    const tail = phrase.slice(phrase.length - n);
    const rows = ctx.index.endingWith(tail);
    if (rows.length === 0) continue;
    const extraOf = (r: { name: string }): string =>
      r.name
        .slice(0, r.name.length - n)
        .replace(/^(?:年末|全市|全县|全区|全年)/, "")
        .replace(/[中的]$/, "");
    // What the clause writes before the shared ending must name nothing of its own (农产品实现利润总额 is not 利润总额).
    // Even one character of its own joined to the ending (林 of 林业产值 against 渔业产值) names another thing.
    const rest = phrase.slice(0, phrase.length - n);
    if (namesSomething(rest) || (wordsLeft(rest) > 0 && joinedToEnd(rest))) return undefined;
    // The completing words written nearest before decide (全年新登记市场主体X户，其中私营企业X户 → 新登记私营企业); a
    // two-character ending (产量, 产值) only takes words from the stretch right before it.
    // A sentence opening with 其中 (年末户籍人口X人。其中，男性人口X人，女性人口X人) breaks down the one before it: its
    // words complete a long ending as if written in this sentence.
    // A long ending reads the whole sentence to its 。, across ；(人口出生率为X‰；死亡率为X‰ → 人口死亡率).
    // 保科园2幢商务楼宇: a count written inside the subject (2幢) does not part its words (保科园商务楼宇).
    const reach = n >= 3 ? withoutInnerCounts(brokenDown(paragraph) + (paragraph ? paragraph.slice(sentenceStartBefore(paragraph)) : earlier)) : earlier.slice(-16);
    // 农林牧 inside 农林牧渔业总产值 is the total written in full, not words completing 渔业总产值.
    let placed = rows.map((r) => ({ r, at: extraOf(r).length > 0 ? lastApart(reach, extraOf(r), tail) : -1 })).filter((x) => x.at >= 0);
    // 我市农业龙头企业实现产品销售收入…。实现利润总额X亿元: a sentence naming no subject continues the paragraph's,
    // for a long ending (four characters or more) only.
    // A sentence opening with its verb (。实现利润总额X亿元，…其中，农产品实现利润总额X亿元) has no subject of its own either.
    const subjectless = !namesSomething(earlier) || /^\s*(?:实现|完成|共|累计)/.test(paragraph.slice(sentenceStartBefore(paragraph)));
    if (placed.length === 0 && n >= 4 && subjectless) {
      placed = rows.map((r) => ({ r, at: extraOf(r).length > 0 ? lastApart(paragraph, extraOf(r), tail) : -1 })).filter((x) => x.at >= 0);
    }
    // 花生播种面积X公顷，比上年增长X%，产量X吨 (or …；产量X吨): further back in the sentence, up to its 。, when all that
    // stands between is the same subject's other measures (播种面积), figures and change words.
    if (placed.length === 0 && n < 3) {
      const back = paragraph ? paragraph.slice(sentenceStartBefore(paragraph)) : earlier;
      placed = rows
        .map((r) => ({ r, at: extraOf(r).length > 0 ? lastApart(back, extraOf(r), tail) : -1 }))
        .filter((x) => x.at >= 0 && onlyMeasuresBetween(back.slice(x.at + extraOf(x.r).length)));
    }
    if (placed.length === 0) return undefined;
    const last = Math.max(...placed.map((x) => x.at + extraOf(x.r).length));
    const fits = placed.filter((x) => x.at + extraOf(x.r).length === last).map((x) => x.r);
    if (new Set(fits.map((r) => r.name)).size > 1) return undefined;
    const at = ph.start - n;
    return { mentions: fits.map((r) => ({ row: r.row, name: r.name, from: at, to: ph.start, strength: 1 as const })), tier: "own", qualText: own };
  }
  // 农林牧渔总产值X亿元，其中农业X亿元: 农业 with the head word (产值) the paragraph wrote before, when only one row has it.
  if (phrase.length >= 2) {
    const all = ctx.index.startingWith(phrase).filter((r) => {
      const rest = r.name.slice(phrase.length);
      return rest.length >= 2 && !/增长|增速|增幅|比重|占比/.test(rest) && paragraph.includes(rest);
    });
    // …花生播种面积X公顷…；西瓜X公顷: when several fit, the one whose unit this figure's unit takes (播种面积, not 产量).
    const byUnit = all.filter((r) => conversion(r.row.unit, ph.unit) !== undefined);
    const fits = new Set(all.map((r) => r.name)).size > 1 && byUnit.length > 0 ? byUnit : all;
    if (new Set(fits.map((r) => r.name)).size === 1) {
      const at = ph.start - phrase.length;
      return { mentions: fits.map((r) => ({ row: r.row, name: r.name, from: at, to: ph.start, strength: 1 as const })), tier: "own", qualText: own };
    }
  }
  return undefined;
}

const withoutInnerCounts = (text: string): string => text.replace(/([\u4e00-\u9fff])\d+(?:幢|栋|座|个|家|所|处)(?=[\u4e00-\u9fff])/g, "$1");

// A sentence breaking down the total before it: 其中，…; 按性别分，…; 按户口类别分，….
const breakdown = /^\s*(?:其中|按[\u4e00-\u9fff]{1,6}分[，,：:])/;

/**
 * The full sentence before this one when this one (to its 。, across ；) breaks it down; past other breakdowns of the
 * same total (按性别分…。按户口类别分…) back to the total's sentence. Else nothing.
 */
function brokenDown(paragraph: string): string {
  let full = sentenceStartBefore(paragraph);
  if (full === 0 || !breakdown.test(paragraph.slice(full))) return "";
  for (let k = 0; k < 4 && full > 0; k += 1) {
    const prev = sentenceStartBefore(paragraph, full - 1);
    if (!breakdown.test(paragraph.slice(prev, full)) || prev === 0) return paragraph.slice(prev, full);
    full = prev;
  }
  return "";
}

// Other measures of one subject (花生播种面积, 产量, 增长): between a subject and its 产量 they name nothing new.
const measures = /(?:播种|种植|收获|养殖|造林)?面积|总?产量|总?产值|单产|出栏|存栏/g;
const onlyMeasuresBetween = (between: string): boolean => !namesSomething(stripWrittenFigures(between.replace(unitAfterMarker, "|")).replace(measures, "|"));

/**
 * 城镇化率X%，比上年提高X个百分点 where the table says 常住人口城镇化率: the figure before this one named its row by a
 * shortened name (completed from the sentence); this figure, whose own stretch names nothing, is that row's change.
 */
export function carriedName(ph: Placeholder, own: string, all: Mention[], ctx: FillContext): Named | undefined {
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
  if (!namesIndicator(piece) || all.some((m) => m.from >= pieceStart && m.to <= ph.sentence.start + prevStart)) return undefined;
  const paragraph = ph.part.kind === "body" ? (ctx.paragraphs[ph.docIndex] ?? "").slice(0, pieceStart) : "";
  // The name completed is that of the figure before, in its own unit (西瓜X公顷 → 西瓜播种面积).
  const after = text.slice(prevStart + prev[0].length, prevStart + prev[0].length + 6);
  const prevUnit = leadingUnit(after);
  // 注册资本X亿元，比去年同期增加X户: a change counted in 户 is not of a figure in 亿元 (previousChange reads it).
  if (prevUnit && ph.unit && !isRateUnit(ph.unit) && conversion(prevUnit, ph.unit) === undefined) return undefined;
  const completed = completedName(piece, text.slice(0, pieceStart - ph.sentence.start), paragraph, { ...ph, unit: prevUnit }, ctx);
  if (!completed) return undefined;
  const words = own.replace(/^[^\u4e00-\u9fff]*/, "");
  if (!/增长|增速|增幅|下降|提高|降低|减少|回落|增加|上升|上涨|同比/.test(words)) return undefined;
  for (const m of completed.mentions) {
    // Only a name read exactly or as a variant: a loose one (养殖业增加值增长 ~ 养殖业总产值增长速度) may swap the indicator.
    // …covering the name from its start: 原煤产量增长速度 inside 县属企业原煤产量 is the total's, not the part's.
    const head = normalise(m.name).starts[0] ?? 0;
    const grown = [`${m.name}${words}`, `${m.name}增长`].map((t) => mentionsAt(t, 0, ctx).filter((g) => g.to > m.name.length && g.strength > 0 && g.from <= head)).find((ms) => ms.length > 0);
    if (grown) return { mentions: nearest(grown, true), tier: "back", qualText: piece + own };
  }
  return undefined;
}
