import type { Placeholder } from "../placeholders/types";
import { knownUnit } from "../table/units";
import { markerRe } from "./lists";
import type { Mention } from "./nameIndex";
import type { FillContext } from "./types";

/** Where in the text a row is named, as the matcher reads it: tiers, spans, the figure's own stretch. */

export type Tier = "own" | "after" | "described" | "back" | "sentence" | "table" | "list" | "bound";

export interface Named {
  mentions: Mention[];
  tier: Tier;
  /** the text whose qualifiers the row must carry */
  qualText: string;
  /** a word the row's name must hold besides (新增 of a list it opens: 新增X个…、X条公交线路 is no stock) */
  need?: string;
}

/** Mentions not overlapping any placeholder-like run, with offsets in the paragraph. */
export function mentionsAt(text: string, offset: number, ctx: FillContext): Mention[] {
  const runs = [...text.matchAll(markerRe)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  return ctx.index
    .mentionsIn(text)
    .filter((m) => !runs.some(([a, b]) => m.from < b && a < m.to))
    // 非营利性服务业 is not 营利性服务业.
    .filter((m) => !/[非未不无]/.test(text[m.from - 1] ?? ""))
    .map((m) => ({ ...m, from: m.from + offset, to: m.to + offset }));
}

/** The nearest span of a tier: before the placeholder the one ending last, after it the one starting first; the longest there. */
export function nearest(ms: Mention[], before: boolean): Mention[] {
  if (ms.length === 0) return [];
  const edge = before ? Math.max(...ms.map((m) => m.to)) : Math.min(...ms.map((m) => m.from));
  const atEdge = ms.filter((m) => (before ? m.to : m.from) === edge);
  // A name written as it is beats a loose match reaching further over the same end (粮食全年农作物播种面积: the
  // loose 粮食…作物播种面积 runs over the 农 of 农作物播种面积, which is written whole).
  const best = Math.max(...atEdge.map((m) => (m.strength === 0 ? 0 : 1)));
  const top = atEdge.filter((m) => (m.strength === 0 ? 0 : 1) === best).reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
  // Inside the longest name, a shorter one counts when it is another name of the same row (an alias) or the head the
  // longest starts with (国家级农业龙头企业 of …龙头企业利润总额); 渔业产值 ending 农林牧渔业总产值 is another figure, never a
  // candidate when the total's own rows are refused.
  return ms.filter((m) => m.from >= top.from && m.to <= top.to && (m.from === top.from || m.row.name === top.row.name));
}

/** Where the figure's own stretch may begin: after the figure before it, or after a comma, semicolon or colon. */
export function ownFrom(ph: Placeholder): number {
  const known = ownFromOf.get(ph);
  if (known !== undefined) return known;
  const at = ownFromScan(ph);
  ownFromOf.set(ph, at);
  return at;
}

// The matcher asks for a figure's stretch four or five times per placeholder; each answer scans the sentence before it.
const ownFromOf = new WeakMap<Placeholder, number>();

function ownFromScan(ph: Placeholder): number {
  const before = ph.sentence.text.slice(0, ph.start - ph.sentence.start);
  const runs = [...before.matchAll(markerRe)].map((m) => (m.index ?? 0) + m[0].length);
  const stops = [...before.matchAll(/[，,；;：:。！？]/g)].map((m) => (m.index ?? 0) + 1);
  return ph.sentence.start + Math.max(0, ...runs, ...stops);
}

/** The longest known unit (six characters at most) the text starts with, or "". */
export function leadingUnit(text: string, most = 6): string {
  for (let n = Math.min(most, text.length); n >= 1; n -= 1) if (knownUnit(text.slice(0, n))) return text.slice(0, n);
  return "";
}

export function stripUnit(text: string, afterFigure: boolean): string {
  if (!afterFigure) return text;
  const about = /^[多余]/.test(text) ? 1 : 0;
  const unit = leadingUnit(text.slice(about), 6 - about);
  return unit ? text.slice(about + unit.length) : text;
}
