import type { Placeholder } from "../placeholders/types";
import { type Named, mentionsAt, nearest } from "./mentionText";
import { normalise } from "./nameIndex";
import type { FillContext } from "./types";
import { verbs, withoutLeadingYear } from "./words";

/**
 * 其中：企业X户 where the table writes 企业户数; 年末户籍X户 → 户籍户数: a count is named by what is counted, its unit
 * and 数. Read only where the figure's own words name no row, and only a name read exactly or as a variant that covers
 * those words from their first meaningful character.
 */

export const countUnits = new Set(["户", "个", "家", "人", "名", "所", "座", "条", "项", "件", "辆", "套", "处", "次"]);

export function unitCount(ph: Placeholder, own: string, ctx: FillContext): Named | undefined {
  const unit = ph.unit.replace(/^[万千百亿]+/, "");
  if (!countUnits.has(unit)) return undefined;
  const words = withoutLeadingYear(own).replace(/^(?:其中|全年|今年)+/, "").replace(verbs, "");
  if (words.length < 2 || /[^\u4e00-\u9fff“”]/.test(words)) return undefined;
  // 规模以上工业企业X家: statistics offices count enterprises and institutions as 单位数 (规模以上工业企业单位数).
  const texts = [`${words}${unit}数`, ...(/^[家个]$/.test(unit) && /企业|单位|机构|公司/.test(words) && !words.endsWith("单位") ? [`${words}单位数`] : [])];
  const found = texts.map((t) => mentionsAt(t, 0, ctx).filter((m) => m.strength > 0 && m.from <= (normalise(t).starts[0] ?? 0) && m.to > words.length)).find((ms) => ms.length > 0) ?? [];
  if (found.length === 0) return undefined;
  const from = ph.start - words.length;
  return { mentions: nearest(found, true).map((m) => ({ ...m, from, to: ph.start })), tier: "own", qualText: words };
}
