import type { Placeholder } from "../placeholders/types";
import { conversion, isRateUnit, knownUnit } from "../table/units";
import { rowsDescribedBy } from "./described";
import { markerRe } from "./lists";
import { type Named, leadingUnit, mentionsAt, nearest } from "./mentionText";
import { normalise } from "./nameIndex";
import type { FillContext } from "./types";
import { countUnits } from "./unitCount";
import { namesSomething, rankRemark, stripWrittenFigures, unitAfterMarker, verbs } from "./words";

/**
 * 进出口总额突破9万亿元、增长X% (or 总营收X亿元，同比增长X%) where the table holds only the growth row
 * (进出口总额增长速度): a figure whose own words are only a change word is the change of what the figure before it
 * (a marker or digits with a known unit) names — when a row covers that whole name from its first meaningful
 * character and nothing is named between that figure and this one.
 */

const change = /^(?:同比|比上年|较上年|比去年同期|比上年同期)?(两年平均|年均)?(增长|下降|增加|减少|提高|降低|回落|上升|新增|净增|增产|减产|增速|增幅)$/;
// 按现价计算, 按2020年不变价格计算, （以下简称同比）: how the change is measured, written before the change word.
const basisWords = /^按(?:\d{4}年)?(?:现价|可比价|不变价)格?(?:计算|核算)?[，,]?|[（(]以下简称[^（）()]{1,6}[）)]/g;
const growthSuffix = /(?:比上年|同比)?(?:增长速度|增长率|增速|增幅|增长|增减)$/;
const writtenFigure = /[-−－+]?\d[\d,，.．]*\s*([^，,；;、。！？\dXxＸｘ╳]{1,5})/g;

/** Where the figure before `rel` starts in the sentence (a marker run, or digits with a known unit). */
function previousFigure(text: string, rel: number): number | undefined {
  // Looked for in the 200 characters before only, so that a long sentence of figures stays linear.
  const from = Math.max(0, rel - 200);
  const window = text.slice(from, rel);
  let best: number | undefined;
  // 第X位 is a rank, not the figure changed.
  for (const m of window.matchAll(markerRe)) if (window[(m.index ?? 0) - 1] !== "第") best = from + (m.index ?? 0);
  for (const m of window.matchAll(writtenFigure)) {
    const start = from + (m.index ?? 0);
    const after = m[1] as string;
    if ((best === undefined || start > best) && text[start - 1] !== "第" && [...after].some((_, i) => knownUnit(after.slice(0, i + 1)))) best = start;
  }
  return best;
}

const isRate = (unit: string): boolean => unit === "" || isRateUnit(unit);

/** The unit written after the figure starting at `at` (a marker run or digits), or "". */
function unitAt(text: string, at: number): string {
  const figure = /^(?:\d*[XxＸｘ╳]+(?:[.．][XxＸｘ╳\d]+)?\d*|[-−－+]?\d[\d,，.．]*)\s*[多余]?/.exec(text.slice(at))?.[0] ?? "";
  return leadingUnit(text.slice(at + figure.length));
}

export function previousChange(ph: Placeholder, own: string, ctx: FillContext): Named | undefined {
  const words = own.replace(/^[^\u4e00-\u9fff]*/, "").replace(basisWords, "");
  const grew = change.exec(words);
  if (!grew) return undefined;
  // 两年平均增长X%: the average growth, a row of its own (地区生产总值两年平均增长速度), never the year's growth.
  const average = grew[1] ?? "";
  const text = ph.sentence.text;
  const rel = ph.start - ph.sentence.start;
  let until = rel - own.length;
  let prev: number | undefined;
  let cut = 0;
  let subject = "";
  // 地区生产总值X万元，同比增长X%，两年平均增长X%: past a figure that is itself only a change (at most two), back to
  // the figure whose subject it is.
  // The unit the changed figure must be in: this one's, or that of a change passed on the way (a rate changes anything).
  let want = isRate(ph.unit) ? undefined : ph.unit;
  let lastUnit = "";
  for (let hop = 0; hop < 4; hop += 1) {
    prev = previousFigure(text, until);
    if (prev === undefined) return undefined;
    // Between that figure and this one's own words: its unit and punctuation, nothing named.
    // 完成X亿元，居全市第X位，增速X%: a rank remark between a figure and its growth names nothing.
    const between = text.slice(prev, until).replace(rankRemark, "|");
    if (namesSomething(stripWrittenFigures(between.replace(unitAfterMarker, "|")))) return undefined;
    const lookFrom = Math.max(0, prev - 60);
    cut = Math.max(...[...text.slice(lookFrom, prev).matchAll(/[，,；;：:。]/g)].map((m) => lookFrom + (m.index ?? 0) + 1), lookFrom);
    // 2021年农林牧渔业总产值: the year before the subject is not part of its name.
    const lead = /^(?:\d{4}年(?:末|底)?|全年|今年|年末|年底|上半年|前三季度|[\d\-－—]+月(?:份|末|底)?)+/.exec(text.slice(cut, prev))?.[0] ?? "";
    cut += lead.length;
    const unit = unitAt(text, prev);
    lastUnit = unit;
    // 新落户企业X户，注册资本X亿元，比去年同期增加X户: a figure in a unit the change cannot be in is another
    // indicator's; passed over with its words, back to the figure in that unit.
    if (want && unit && conversion(unit, want) === undefined) {
      if (hop === 3) return undefined;
      until = cut;
      continue;
    }
    subject = text.slice(cut, prev).replace(verbs, "");
    if (namesSomething(subject)) break;
    const piece = text.slice(cut, prev).replace(/^[^\u4e00-\u9fff]*/, "").replace(basisWords, "");
    if (hop === 3 || !change.test(piece)) return undefined;
    if (unit && !isRate(unit)) want = unit;
    until = cut;
  }
  if (prev === undefined) return undefined;
  // 全县完成农林牧渔业总产值: the region and the verb before the name are not part of it.
  const head = (/^(?:全[市县区省国镇乡]|[我本][市县区镇乡])?(?:累计|共)?(?:完成|实现)?/.exec(subject)?.[0].length ?? 0) + (normalise(subject.replace(/^(?:全[市县区省国镇乡]|[我本][市县区镇乡])?(?:累计|共)?(?:完成|实现)?/, "")).starts[0] ?? 0);
  // Exact or variant only: a loose name (one short word more or less) may be another indicator's.
  // 较上年新增X人: a count's change, a row such as 户籍人口比上年增加; else its growth.
  const word = /新增|净增|增加/.test(grew[2] as string) ? "增加" : grew[2] === "减少" ? "减少" : "增长";
  // 其中：企业X户，增长X%: a count named by its unit (unitCount.ts) changes as 企业户数增长速度 (not 人: 人数 is an
  // affix, so 户籍人口人数增长 would read as the level 户籍人口).
  const countUnit = lastUnit.replace(/^[万千百亿]+/, "");
  const counted = countUnits.has(countUnit) && !/^[人名]$/.test(countUnit) ? `${countUnit}数` : "";
  const texts: [string, number][] = average ? [[`${subject}${average}增长`, subject.length + average.length]] : [[`${subject}${word}`, subject.length], [`${subject}增长`, subject.length]];
  if (counted && !average) texts.push([`${subject}${counted}${word}`, subject.length + counted.length], [`${subject}${counted}增长`, subject.length + counted.length]);
  const grown = texts
    .map(([t, past]) => mentionsAt(t, 0, ctx).filter((m) => m.strength > 0 && m.from <= head && m.to > past))
    .find((ms) => ms.length > 0) ?? [];
  const from = ph.sentence.start + cut;
  if (grown.length === 0) {
    // 保科园2幢商务楼宇实现总营收X亿元，同比增长X%: the subject describes a growth row (保科园商务楼宇总营收增长速度)
    // without writing its name as one run (described.ts).
    // Only where the subject names no row as written: a name found inside it that does not cover it from its start
    // (农作物播种面积 in 粮食全年农作物播种面积) is refused above, not replaced by a looser reading.
    if (mentionsAt(subject, 0, ctx).some((m) => m.strength > 0)) return undefined;
    const described = rowsDescribedBy(`${subject}${average}${word}`, ctx) ?? (word === "增长" ? undefined : rowsDescribedBy(`${subject}${average}增长`, ctx));
    if (described && /平均|年均/.test(described.name) !== average.length > 0) return undefined;
    // The row must be a change (保科园商务楼宇总营收增长速度), never the level the subject names.
    if (!described || !/增长|增速|增幅|增加|减少|下降|提高|降低|增减|变化/.test(described.name)) return undefined;
    return { mentions: described.rows.map((row) => ({ row, name: described.name, from, to: from + subject.length, strength: 0 as const })), tier: "back", qualText: subject + own };
  }
  // 一般公共预算总收入X亿元，同比下降X%: of the growth rows read there, the one whose name is the subject as written
  // plus its growth word is meant, not 地方一般公共预算收入增长速度, which reads alike once 地方 and 总 are set aside.
  const asWritten = grown.filter((m) => {
    const base = m.name.replace(growthSuffix, "");
    return base.length >= 2 && base !== m.name && subject.endsWith(base);
  });
  return { mentions: nearest(asWritten.length > 0 ? asWritten : grown, true).map((m) => ({ ...m, from: from + m.from, to: from + Math.min(m.to, subject.length) })), tier: "back", qualText: subject + own };
}
