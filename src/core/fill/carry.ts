import type { Placeholder } from "../placeholders/types";
import { markerRe } from "./lists";
import { type Named, mentionsAt, nearest } from "./mentionText";
import { normalise } from "./nameIndex";
import type { FillContext } from "./types";

/**
 * XX家限上零售企业实现社会消费品零售总额X亿元: what a group of enterprises 实现/完成 is the indicator named after the
 * verb, with the group's qualifier (限额以上, 规模以上) carried over: 限额以上社会消费品零售总额. Only a row carrying the
 * qualifier and the whole name after the verb fills it.
 */
const group = /^(规模以上|限额以上|规上|限上)[\u4e00-\u9fff]{1,8}?(?:企业|单位|商户|个体户)(?:共|累计)?(?:实现|完成)([\u4e00-\u9fff]{2,20})$/;

/** The stretch naming the figure before the placeholder's own stretch (from the punctuation or figure before it). */
export function previousStretch(ph: Placeholder, own: string): string {
  const text = ph.sentence.text.slice(0, ph.start - ph.sentence.start - own.length);
  const runs = [...text.matchAll(markerRe)];
  const last = runs[runs.length - 1];
  if (!last) return "";
  const before = text.slice(0, last.index ?? 0);
  const prev = runs[runs.length - 2];
  const from = Math.max(0, ...[...before.matchAll(/[，,；;：:。]/g)].map((m) => (m.index ?? 0) + 1), prev ? (prev.index ?? 0) + prev[0].length : 0);
  return before.slice(from);
}

/** 全区实现增加值X亿元: the value added of a whole region, named by nothing but the region, is its 地区生产总值. */
const regionTotal = /^(?:\d{4}年)?(?:全|我)[市县区](?:共|累计)?(?:实现|完成)?增加值$/;

export function carriedQualifier(ph: Placeholder, own: string, ctx: FillContext): Named | undefined {
  const trimmed = own.replace(/^[，,、\s]+/, "");
  // 同比增长X% right after such a figure: the growth of that indicator (限额以上社会消费品零售总额增长速度).
  const growth = /^(?:同比|比上年|较上年|可比)?(?:增长|下降)$/.test(trimmed);
  const stretch = growth ? previousStretch(ph, own).replace(/^[^\u4e00-\u9fff]+/, "") : trimmed;
  const m = regionTotal.test(stretch) ? ["", "", "地区生产总值"] : group.exec(growth ? stretch.replace(/^[\u4e00-\u9fff]?(?=规模以上|限额以上|规上|限上)/, "") : trimmed);
  if (!m) return undefined;
  const name = `${m[1] as string}${m[2] as string}${growth ? "增长" : ""}`;
  const head = normalise(name).starts[0] ?? 0;
  const found = mentionsAt(name, 0, ctx).filter((x) => x.from <= head && x.to === name.length);
  if (found.length === 0) return undefined;
  return { mentions: nearest(found, true).map((x) => ({ ...x, from: ph.start - 1, to: ph.start })), tier: "own", qualText: name };
}
