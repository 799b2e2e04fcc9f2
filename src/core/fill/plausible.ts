import type { Row } from "../table/schema";
import { parseUnit } from "../table/units";
import type { Params, ReasonCode } from "./reasons";
import { matchesCompared } from "./words";

// Group 1 a fall, group 3 a rise; a bare 低/少/慢 (group 2) or 高/多/快 (group 4) only after 比 or 较.
const direction = /(下降|减少|降低|回落|下滑|缩小|收窄|下跌|减|([低少慢])|[低慢]于[^，。；X]{0,8})|(增长|提高|上升|增加|提升|上涨|扩大|增|([高多快])|[高快]于[^，。；X]{0,8})/g;

/** The direction word written right before a placeholder (下降X%, 同比增长X%), up to a few characters before it. */
export function directionBefore(textBefore: string): { word: string; down: boolean } | undefined {
  const last = matchesCompared(textBefore, direction, [2, 4]).pop();
  if (!last || textBefore.length - (last.index + last[0].length) > 3) return undefined;
  return { word: last[0], down: last[1] !== undefined };
}

const growthRow = (row: Row): boolean => [row.name, ...row.aliases].some((n) => /增长|增速|增幅/.test(n));

export type Checked = { ok: true; value: number; notes: string[] } | { ok: false; code: ReasonCode; params: Params };

/**
 * Sign and plausibility: 下降X% with −4 writes 4; 增长X% with a negative value is a conflict; a negative value with
 * no direction word is refused. A per-capita 元 figure over a million, or a rate over 100% (not a growth rate), is
 * not a figure for this slot.
 */
export function checkValue(row: Row, value: number, textBefore: string, placeholderUnit: string): Checked {
  const dir = directionBefore(textBefore);
  const notes: string[] = [];
  let v = value;
  if (v < 0) {
    if (!dir) return { ok: false, code: "negative_value", params: { value: String(value) } };
    if (!dir.down) return { ok: false, code: "sign_conflict", params: { word: dir.word, value: String(value) } };
    v = -v;
    notes.push("magnitude");
  } else if (v > 0 && dir?.down && growthRow(row) && !/下降|减少|降低|低于|慢于|回落|收窄|缩小|下拉|下滑|下跌/.test(row.name)) {
    return { ok: false, code: "sign_conflict", params: { word: dir.word, value: String(value) } };
  }
  const names = [row.name, ...row.aliases];
  const unit = parseUnit(row.unit);
  if (names.some((n) => n.includes("人均")) && unit.base === "元" && value * unit.factor > 1e6) {
    return { ok: false, code: "implausible_per_capita", params: { value: String(value), unit: row.unit } };
  }
  const rate = names.every((n) => /(?:率|比重|占比|比例)$/.test(n) && !/增长|增速|增幅|变化/.test(n));
  if (rate && /^[%％]$/.test(row.unit) && /^[%％]$/.test(placeholderUnit) && v > 100) {
    return { ok: false, code: "implausible_share", params: { value: String(value) } };
  }
  return { ok: true, value: v, notes };
}
