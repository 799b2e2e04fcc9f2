import type { Placeholder } from "../placeholders/types";
import { isCountBase, parseUnit } from "../table/units";

export type Formatted = { ok: true; text: string; note: string } | { ok: false; problem: string };

const toHalfWidth = (s: string): string => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Rounds down to two significant digits: 1286 → 1200, 2345.6 → 2300, 57 → 57 (already two digits). */
function floorSignificant(v: number, digits: number): number {
  if (v < 10 ** digits) return Math.floor(v);
  const scale = 10 ** (Math.floor(Math.log10(v)) - digits + 1);
  return Math.floor(v / scale) * scale;
}

/** The written figure: trailing zeros dropped (2.30 → 2.3), at most `decimals` decimals, rounded half up. */
function fixed(v: number, decimals: number): string {
  const f = v.toFixed(decimals);
  return decimals > 0 ? f.replace(/\.?0+$/, "") : f;
}

/**
 * Writes a figure the way 公文 expect (GB/T 15835): Arabic numerals, no separators unless asked, converted values
 * rounded to two decimals (23456 人 → 2.35 for X万), “X多/X余” as a rounded-down figure, “X.X” with as many
 * decimals as markers after the dot, and digits already written (95X) agreeing with the value.
 */
export function formatFigure(value: number, factor: number, ph: Placeholder, thousands: boolean): Formatted {
  const v = value * factor;
  if (v < 0) return { ok: false, problem: `数值为负（${v}），请核对` };
  const pattern = toHalfWidth(ph.text).replace(/[XxＸｘ×╳]/g, "X").replace("．", ".");
  const { base } = parseUnit(ph.unit);
  let text: string;
  let note = factor !== 1 ? "换算后四舍五入保留两位小数" : "";
  if (ph.approx) {
    const r = floorSignificant(v, 2);
    if (r >= v || r < 1) return { ok: false, problem: `“${ph.approx}”表示约数，但数值 ${fixed(v, 2)} 取整后不小于原值，不宜写“${ph.approx}”` };
    text = String(r);
    note = `约数：向下取整为 ${r}`;
  } else if (pattern.includes(".")) {
    const decimals = pattern.length - pattern.indexOf(".") - 1;
    text = v.toFixed(decimals);
    note = `按占位符保留 ${decimals} 位小数`;
  } else if (factor === 1 && isCountBase(base)) {
    if (!Number.isInteger(v)) return { ok: false, problem: `“${ph.unit}”应为整数，表中数值为 ${v}` };
    text = String(v);
  } else {
    text = fixed(v, 2);
  }
  if (/\d/.test(pattern) && !pattern.includes(".")) {
    const agrees = text.length === pattern.length && [...pattern].every((c, i) => c === "X" || c === text[i]);
    if (!agrees) return { ok: false, problem: `占位符“${ph.text}”已写出部分数字，与数值 ${text} 不符` };
  }
  if (thousands) {
    const [i, d] = text.split(".");
    text = group(i ?? "") + (d === undefined ? "" : `.${d}`);
  }
  return { ok: true, text, note };
}
