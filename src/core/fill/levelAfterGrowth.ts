import type { Placeholder } from "../placeholders/types";
import { conversion } from "../table/units";
import { type Named, mentionsAt, nearest } from "./mentionText";
import { normalise } from "./nameIndex";
import type { FillContext } from "./types";

/**
 * 第一产业增长X%达X亿元: a level written right after the growth of what it measures, its own words only 达 (达到, 为).
 * It is the level of the growth's subject (第一产业增加值, as a 产业 alone names its value added), never the growth
 * row the subject also names. Only a name read exactly or as a variant, covering the subject from its first
 * meaningful character, in a unit this figure's unit converts from.
 */
const growthThenLevel = /([\u4e00-\u9fff“”]{2,16}?)(?:同比|比上年)?(?:增长|下降)\d*[XxＸｘ╳]+(?:[.．][XxＸｘ╳\d]+)?[%％]\s*(?:达到|达|为)$/;

export function levelAfterGrowth(ph: Placeholder, ctx: FillContext): Named | undefined {
  const before = ph.sentence.text.slice(0, ph.start - ph.sentence.start);
  const m = growthThenLevel.exec(before);
  if (!m) return undefined;
  // The pattern's subject holds Chinese only: its stretch starts after the figure or punctuation before it.
  const subject = m[1] as string;
  const head = normalise(subject).starts[0] ?? 0;
  const read = (text: string) =>
    mentionsAt(text, 0, ctx).filter((x) => x.strength > 0 && x.from <= head && x.to >= subject.length && conversion(x.row.unit, ph.unit) !== undefined);
  const found = [subject, `${subject}增加值`].map(read).find((ms) => ms.length > 0);
  if (!found) return undefined;
  const from = ph.sentence.start + m.index;
  return { mentions: nearest(found, true).map((x) => ({ ...x, from, to: from + subject.length })), tier: "own", qualText: subject };
}
