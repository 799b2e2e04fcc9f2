import type { Placeholder } from "../placeholders/types";
import { type Named, mentionsAt, nearest } from "./mentionText";
import { normalise } from "./nameIndex";
import type { FillContext } from "./types";
import { namesSomething, verbs } from "./words";

/**
 * 规模以上工业中，轻工业增加值下降X%，重工业增加值增长X%: a sentence opening with a qualified scope (规模以上…中，
 * 限额以上…中，) speaks of that scope throughout, so the names after it carry its qualifier (规模以上重工业增加值增长速度).
 * Read only for a name that does not write a qualifier of its own, and only a row covering the qualifier and the
 * whole name; when none does, no row without the qualifier fills it ("none").
 */

const scope = /^(?:在|从)?(规模以上|限额以上|规上|限上)[\u4e00-\u9fff]{1,6}?中[，,：:]/;
const qualified = /规模以上|限额以上|规上|限上|全部|全社会/;
const change = /^(.*?[\u4e00-\u9fff]{2,}?)(?:同比|比上年|较上年)?(?:增长|下降|提高|降低|回落|上涨)$/;

export function scopedName(ph: Placeholder, own: string, ctx: FillContext): Named | "none" | undefined {
  const m = scope.exec(ph.sentence.text);
  if (!m || ph.start - ph.sentence.start < m[0].length) return undefined;
  const words = own.replace(/^[^\u4e00-\u9fff]+/, "").replace(/^其中/, "");
  // 规上工业中，…增加值占比为X%: a share's base is the scope itself (占规上工业比重), read by share.ts.
  if (words.length < 2 || qualified.test(words) || /占|比重|比例|份额/.test(words)) return undefined;
  const grown = change.exec(words);
  const base = grown ? (grown[1] as string) : words.replace(verbs, "");
  if (base.length < 2) return undefined;
  const text = `${m[1] as string}${base}${grown ? "增长" : ""}`;
  const head = normalise(text).starts[0] ?? 0;
  const found = mentionsAt(text, 0, ctx).filter((x) => x.strength > 0 && x.from <= head && x.to === text.length);
  const from = ph.start - words.length;
  if (found.length > 0) return { mentions: nearest(found, true).map((x) => ({ ...x, from, to: from + base.length })), tier: "own", qualText: text };
  // Read in the scope, the figure is the scope's: a row without its qualifier is a total, never this part. Its rows
  // go on with the scope's qualifier, so that they are refused as such (qualifier_missing) and the user sees why.
  const plain = `${base}${grown ? "增长" : ""}`;
  const plainHead = normalise(plain).starts[0] ?? 0;
  const totals = mentionsAt(plain, 0, ctx).filter((x) => x.strength > 0 && x.from <= plainHead && x.to === plain.length);
  if (totals.length > 0) return { mentions: nearest(totals, true).map((x) => ({ ...x, from, to: from + base.length })), tier: "own", qualText: text };
  return namesSomething(base) ? "none" : undefined;
}
