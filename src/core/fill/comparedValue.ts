import type { Placeholder } from "../placeholders/types";
import { type Named, mentionsAt, nearest } from "./mentionText";
import { normalise } from "./nameIndex";
import type { FillContext } from "./types";
import { namesSomething, stripWrittenFigures, unitAfterMarker } from "./words";

/**
 * 城镇常住居民人均可支配收入比全市低X元（全市为X元）…；增幅比全市低X个百分点（全市为X%）: the figure in a parenthesis
 * right after a comparison with a region is that region's value of what is compared — the sentence's subject (named
 * before its first 比), or its growth when 增幅/增速 is written in that part of the sentence. The region itself is
 * checked as for any figure (the 全市 written in the parenthesis).
 */

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function comparedValue(ph: Placeholder, ctx: FillContext): Named | undefined {
  if (ph.part.kind !== "body") return undefined;
  const paragraph = ctx.paragraphs[ph.docIndex] ?? "";
  const start = Math.max(0, ph.start - 300);
  const before = paragraph.slice(start, ph.start);
  const open = /[（(](全[国省市县区州]|[\u4e00-\u9fff]{1,8}?[省市县区州])(?:为|是)$/.exec(before);
  if (!open) return undefined;
  const region = escapeRe(open[1] as string);
  const pre = before.slice(0, open.index);
  const compared = new RegExp(`比${region}[高低多少快慢][\\dXxＸｘ.．]+[^，,。；;（(]{0,6}$`).exec(pre);
  if (!compared) return undefined;
  const sentence = pre.slice(pre.lastIndexOf("。") + 1);
  const piece = sentence.slice(Math.max(sentence.lastIndexOf("；"), sentence.lastIndexOf(";")) + 1);
  const growth = /增幅|增速/.test(piece);
  const firstCompare = sentence.search(/比(?:全[国省市县区州]|[\u4e00-\u9fff]{1,8}?[省市县区州])[高低多少快慢]/);
  const subject = firstCompare > 0 ? sentence.slice(0, firstCompare) : "";
  if (!namesSomething(subject)) return undefined;
  const named = nearest(mentionsAt(subject, 0, ctx).filter((m) => m.strength > 0 && m.to === subject.length), true);
  const first = named[0];
  if (!first) return undefined;
  const name = subject.slice(first.from, first.to);
  let mentions = named;
  if (growth) {
    const grown = `${name}增长`;
    const head = normalise(grown).starts[0] ?? 0;
    mentions = mentionsAt(grown, 0, ctx).filter((m) => m.strength > 0 && m.from <= head && m.to > name.length);
  }
  if (mentions.length === 0) return undefined;
  return { mentions: mentions.map((m) => ({ ...m, from: ph.start - 1, to: ph.start })), tier: "own", qualText: name };
}

/**
 * 同比增长X%，增速低于全国（X%）X个百分点: the figure opening a parenthesis right after a region the growth is compared
 * with is that region's growth of the indicator named before in the sentence (the region is read in context.ts).
 */
export function comparedInBrackets(ph: Placeholder, ctx: FillContext): Named | undefined {
  const before = ph.sentence.text.slice(0, ph.start - ph.sentence.start);
  const open = /(增速|增幅|增长)?[^，。；（(]{0,3}?[高低快慢]于(全[国省市县区州]|[\u4e00-\u9fff]{1,8}?[省市县区州])[（(]\s*$/.exec(before);
  if (!open) return undefined;
  const subjectText = before.slice(0, open.index);
  const named = nearest(mentionsAt(subjectText, 0, ctx).filter((m) => m.strength > 0), true);
  const first = named[0];
  if (!first) return undefined;
  // Only the sentence's indicator and its growth: nothing named may stand between it and the comparison.
  const name = subjectText.slice(first.from, first.to);
  const rest = subjectText.slice(first.to);
  if (namesSomething(stripWrittenFigures(rest.replace(unitAfterMarker, "|")))) return undefined;
  const growth = open[1] !== undefined || /增长|增速|增幅/.test(rest);
  let mentions = named;
  if (growth && !/增长|增速|增幅/.test(name)) {
    const grown = `${name}增长`;
    const head = normalise(grown).starts[0] ?? 0;
    mentions = mentionsAt(grown, 0, ctx).filter((m) => m.strength > 0 && m.from <= head && m.to > name.length);
  }
  if (mentions.length === 0) return undefined;
  return { mentions: mentions.map((m) => ({ ...m, from: ph.start - 1, to: ph.start })), tier: "own", qualText: name };
}
