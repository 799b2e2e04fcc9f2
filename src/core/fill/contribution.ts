import type { Placeholder } from "../placeholders/types";
import { markerRe } from "./lists";
import { type Named, mentionsAt, nearest } from "./mentionText";
import { normalise } from "./nameIndex";
import type { FillContext } from "./types";
import { namesSomething, verbs } from "./words";

/**
 * 民营经济增加值X亿元，比上年增长X%，占GDP的比重为X%，对GDP增长的贡献率为X% (or 第三产业增加值X亿元，可比增长X%，
 * 贡献率为X%): a contribution written without its subject is the contribution of the figure named before it in the
 * sentence — a row “subject 对经济增长的贡献率” read exactly or as a variant, covering the subject whole.
 */

const bare = /^(?:对(?:GDP|经济|地区生产总值)增长的?)?贡献率(?:为|达到|达|是)?$/;
// A stretch that only qualifies the figure before it (its growth, its share) names no new subject.
const attribute = /^(?:同比|比上年|较上年|可比)?(?:增长|下降)|^占|比重|贡献率/;

/** The subject: the nearest stretch before a figure of this sentence that names something and is no attribute. */
function subjectBefore(text: string): string | undefined {
  const runs = [...text.matchAll(markerRe)];
  for (let k = runs.length - 1; k >= 0; k -= 1) {
    const at = runs[k]?.index ?? 0;
    if (/[；;。]/.test(text.slice(at))) return undefined;
    const before = text.slice(0, at);
    const from = Math.max(0, ...[...before.matchAll(/[，,；;：:。]/g)].map((m) => (m.index ?? 0) + 1), ...runs.slice(0, k).map((r) => (r.index ?? 0) + r[0].length));
    const stretch = before.slice(from).replace(/^[^\u4e00-\u9fff]+/, "").replace(verbs, "");
    if (attribute.test(stretch)) continue;
    if (namesSomething(stretch)) return stretch;
  }
  return undefined;
}

export function contributionOf(ph: Placeholder, own: string, ctx: FillContext): Named | undefined {
  if (ph.kind !== "percent" || !bare.test(own.replace(/^[^\u4e00-\u9fff]+/, ""))) return undefined;
  const subject = subjectBefore(ph.sentence.text.slice(0, ph.start - ph.sentence.start - own.length))?.replace(/(?:实现|完成)?增加值$/, "");
  if (!subject || !namesSomething(subject)) return undefined;
  const name = `${subject}对经济增长的贡献率`;
  const head = normalise(name).starts[0] ?? 0;
  const found = mentionsAt(name, 0, ctx).filter((m) => m.strength > 0 && m.from <= head && m.to === name.length);
  if (found.length === 0) return undefined;
  return { mentions: nearest(found, true).map((m) => ({ ...m, from: ph.start - 1, to: ph.start })), tier: "own", qualText: name };
}
