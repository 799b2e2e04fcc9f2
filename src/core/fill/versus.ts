import type { Placeholder } from "../placeholders/types";
import { type Named, mentionsAt, nearest } from "./mentionText";
import { normalise } from "./nameIndex";
import { placesOf } from "./placeList";
import { namesSomething, unitAfterMarker } from "./words";
import type { FillContext } from "./types";
import { sentenceStartBefore } from "./sentenceStart";

/**
 * A figure comparing the sentence's subject with another indicator: 制造业增长X%，…，高于全县规上工业增速X个百分点
 * (a row 制造业增加值增速高于规上工业), 拉动全县规上工业增加值增速X个百分点 (制造业拉动规上工业增加值增长). The
 * subject is the first indicator named in the figure's part of the sentence (after the last ；); the figure's row is named by subject + comparison + the other
 * indicator, and only a row carrying that whole name fills it.
 */
const comparison = /^(?:增速|增幅)?(高于|低于|快于|慢于|高出|低出|拉动|下拉)(.{2,24})$/;

/** The words heading a part of a sentence, up to its first verb or figure: 采矿业增加值同比下降X% → 采矿业增加值. */
function subjectOf(part: string): string | undefined {
  for (const chunk of part.split(/[，,：:]/)) {
    // 全区实现增加值X亿元: a whole region's value added is its 地区生产总值.
    if (/^(?:\d{4}年)?(?:全|我)[市县区](?:共|累计)?(?:实现|完成)?增加值[XxＸｘ]/.test(chunk)) return "地区生产总值";
    const head = chunk.split(/同比|(?:比|较)(?:上年|去年|全[国省市县区])|增长|下降|增速|增幅|实现|完成|达到|达|为|[XxＸｘ]/)[0] ?? "";
    const words = head.replace(/^(?:其中|全年|今年|上半年|下半年|前三季度|[一二三四]季度|\d{4}年|[\d\-－—]+月(?:份|底|末)?|全[国省市县区镇])+/, "");
    if (/^[\u4e00-\u9fff、]{2,}$/.test(words) && namesSomething(words)) return words;
  }
  return undefined;
}

// 增速较一季度回升X个百分点, 降幅较一季度收窄X个百分点: the change of the subject's growth since an earlier period.
const sincePeriod = /^(增速|增幅|降幅)(较|比)([^，。；X]{1,8}?)(回升|提高|加快|收窄|回落|放缓|扩大|下降)$/;
// …收入比全市低X元（全市为X元）…；增幅比全市低X个百分点: the gap of the subject's growth to a wider region's.
const gapTo = /^(?:增幅|增速)(?:比|较)(全[国省市县区])[高低快慢多少]$/;

/**
 * The part of the full sentence before the figure (from the last 。, across ；): a part naming no subject of its own
 * continues the one before it.
 */
function fullBefore(ph: Placeholder, ownStart: number, ctx: FillContext): string {
  const paragraph = ph.part.kind === "body" ? (ctx.paragraphs[ph.docIndex] ?? "") : ph.sentence.text;
  const offset = ph.part.kind === "body" ? 0 : ph.sentence.start;
  const before = paragraph.slice(0, ownStart - offset);
  return before.slice(sentenceStartBefore(before));
}

/**
 * 区属规上工业总产值X亿元，同比下降X%，比最低点收窄X个百分点: the growth word left out after a growth figure (降幅 after
 * 下降, else 增速). Not after 上年/去年, where 比上年提高X个百分点 is the change of a rate itself.
 */
function impliedGrowth(trimmed: string, textBefore: string): string {
  const m = /^(?:较|比)([^，。；X]{1,8}?)(?:回升|提高|加快|收窄|回落|放缓|扩大)$/.exec(trimmed);
  if (!m || /上年|去年|同期/.test(m[1] as string)) return trimmed;
  const last = /(增长|下降)[XxＸｘ][^XxＸｘ]*[%％][，,]?$/.exec(textBefore);
  return last ? `${last[1] === "下降" ? "降幅" : "增速"}${trimmed}` : trimmed;
}

export function versusNamed(ph: Placeholder, own: string, ctx: FillContext): Named | undefined {
  const textBefore = ph.sentence.text.slice(0, ph.start - ph.sentence.start - own.length);
  const trimmed = impliedGrowth(own.replace(/^[，,\s]+/, ""), textBefore);
  const m = comparison.exec(trimmed);
  const since = m ? null : sincePeriod.exec(trimmed);
  const part = textBefore.slice(Math.max(textBefore.lastIndexOf("；"), textBefore.lastIndexOf(";")) + 1);
  // 增幅比全市低X个百分点（全市为X%），比全省低X个百分点: the second gap is of the same growth.
  const gap = m || since ? null : (gapTo.exec(trimmed) ?? (/^(?:增幅|增速)/.test(part) ? /^(?:比|较)(全[国省市县区])[高低快慢多少]$/.exec(trimmed) : null));
  if (!m && !since && !gap) return undefined;
  // The subject heads the part of the sentence the figure stands in: after the last ；, else the part before it.
  const partNames = part.replace(unitAfterMarker, "|").split(/[，,（）()|]/).some(namesSomething);
  const written = subjectOf(part) ?? (gap && !partNames ? subjectOf(fullBefore(ph, ph.start - own.length, ctx)) : undefined);
  // 歙县城镇…收入: the place written first says where, not what (the region step reads it).
  const subject = written?.slice(placesOf(ctx.rows).find((p) => written.startsWith(p) && written.length > p.length + 1)?.length ?? 0);
  if (!subject) return undefined;
  let name: string;
  if (gap) {
    name = `${subject}增速与${gap[1] as string}差距`;
  } else if (m) {
    const verb = m[1] as string;
    const other = m[2] as string;
    const pull = verb === "拉动" || verb === "下拉";
    // 高于全县规上工业增速 compares with an indicator (the region word dropped); 快于全市 with a region (kept).
    const indicator = other.replace(/^(?:全|我|本)[国省市县区镇]/, "").replace(/(?:增加值)?(?:增速|增幅|增长|平均水平)$/, "");
    name = pull ? `${subject}${verb}${other}` : `${subject}增速${verb}${indicator || other}`;
  } else {
    name = `${subject}${trimmed}`;
  }
  const head = normalise(subject).starts[0] ?? 0;
  // An industry's growth is that of its value added: 电力…供应业降幅 names …供应业增加值降幅.
  // …and 采矿业增加值…下拉全县规上工业增加值增速 names 采矿业下拉规上工业增加值增长.
  const pulled = m && (m[1] === "拉动" || m[1] === "下拉") && subject.endsWith("增加值") ? `${subject.slice(0, -3)}${m[1] as string}${m[2] as string}` : undefined;
  const alsoAdded = since && !subject.endsWith("增加值") ? `${subject}增加值${trimmed}` : pulled;
  const within = (text: string) => mentionsAt(text, 0, ctx).filter((x) => x.from <= head && x.to >= text.length - 1);
  const found = within(name).length > 0 || alsoAdded === undefined ? within(name) : within(alsoAdded);
  if (found.length === 0) return undefined;
  return { mentions: nearest(found, true).map((x) => ({ ...x, from: ph.start - own.length, to: ph.start })), tier: "own", qualText: "" };
}
