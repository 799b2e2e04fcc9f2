import type { Placeholder } from "../placeholders/types";
import { isCountBase, parseUnit } from "../table/units";
import { type Params, type ReasonCode, describeReason, reason } from "./reasons";

/** A written figure, or why it cannot be written; an offer is a value to show unticked (X余 against an exact value). */
export type Formatted =
  | { ok: true; text: string; notes: string[] }
  | { ok: false; code: ReasonCode; params: Params; problem: string; offer?: string };

/** The most decimals a placeholder may ask for: beyond this a pattern is a typing slip, not a precision. */
export const MAX_DECIMALS = 6;

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

/** 956 → 3, 1286 → 4, 2345.6 → 5, 1200 → 2. */
const significantDigits = (v: number): number => fixed(v, 2).replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length;

/** The written figure: trailing zeros dropped (2.30 → 2.3), at most `decimals` decimals, rounded half up. */
function fixed(v: number, decimals: number): string {
  const f = v.toFixed(decimals);
  return decimals > 0 ? f.replace(/\.?0+$/, "") : f;
}

function refuse(code: ReasonCode, params: Params, rowName: string, offer?: string): Formatted {
  const full = { row: rowName, ...params };
  const problem = describeReason(reason(code, full), "zh-CN");
  return offer === undefined ? { ok: false, code, params: full, problem } : { ok: false, code, params: full, problem, offer };
}

/**
 * Writes a figure the way 公文 expect (GB/T 15835): Arabic numerals, no separators unless asked, converted values
 * rounded to two decimals (23456 人 → 2.35 for X万). Plain X, XX and Ｘ take any value the unit allows (4.6 for
 * X万人); only a written X.X pins the decimals. “X多/X余” is a rounded-down figure; an exact value is only offered.
 * Digits already written (95X, 9X%) must agree with the value's whole part. Values that cannot be written as plain
 * digits (not finite, 1e21 and over, more than MAX_DECIMALS decimals asked) are refused.
 */
export function formatFigure(value: number, factor: number, ph: Placeholder, thousands: boolean, rowName = "", rowUnit?: string): Formatted {
  const v = value * factor;
  if (!Number.isFinite(v)) return refuse("not_finite", {}, rowName);
  if (v < 0) return refuse("negative_value", { value: String(v) }, rowName);
  if (v >= 1e21) return refuse("too_large", { value: String(value) }, rowName);
  const pattern = toHalfWidth(ph.text).replace(/[XxＸｘ×╳]/g, "X").replace("．", ".");
  const { base, factor: phFactor } = parseUnit(ph.unit);
  let text: string;
  const notes: string[] = factor !== 1 ? ["converted"] : [];
  if (ph.approx) {
    // “X余/X多” says the printed figure is a round number below the true one; which round number (1200余 or 1280余 for
    // 1286) is the drafter's choice, so an exact table value is only offered, unticked: rounded down to two significant
    // digits, or as it is when it has three or fewer (956万余元 may be the printed figure itself).
    const exact = fixed(v, 2);
    const r = floorSignificant(v, 2);
    const offer = r >= v || r < 1 || significantDigits(v) <= 3 ? exact : String(r);
    return refuse("offered_approx", { approx: ph.approx, value: exact }, rowName, offer);
  } else if (pattern.includes(".")) {
    const decimals = pattern.length - pattern.indexOf(".") - 1;
    if (decimals > MAX_DECIMALS) return refuse("too_many_decimals", { pattern: ph.text, decimals: String(decimals), max: String(MAX_DECIMALS) }, rowName);
    text = v.toFixed(decimals);
    notes.push("decimals");
  } else if (phFactor === 1 && factor === 1 && isCountBase(base)) {
    if (!Number.isInteger(v)) return refuse("not_integer", { unit: ph.unit, value: String(v) }, rowName);
    text = String(v);
  } else {
    text = fixed(v, 2);
  }
  if (/e/i.test(text)) return refuse("too_large", { value: String(value) }, rowName);
  // 2.85亿元 written as X万元 is 28500: the last two zeros are not in the table (the page printed 28470). A value
  // converted to a finer unit may not be written to more places than the table's own figure holds; it is offered.
  const step = factor / 10 ** decimalsOf(value);
  const shown = 10 ** -(text.split(".")[1]?.length ?? 0);
  if (factor > 1 && step > shown * (1 + 1e-9)) {
    return refuse("coarse_conversion", { value: String(value), rowUnit: rowUnit ?? "", offer: text, unit: ph.unit, step: fixed(step, 2) }, rowName, text);
  }
  if (/\d/.test(pattern)) {
    const [written = "", writtenDecimals] = pattern.split(".");
    const [whole = "", decimals = ""] = text.split(".");
    const agree = (p: string, t: string): boolean => p.length === t.length && [...p].every((c, i) => c === "X" || c === t[i]);
    if (!agree(written, whole) || (writtenDecimals !== undefined && !agree(writtenDecimals, decimals))) {
      return refuse("digits_disagree", { pattern: ph.text, value: text }, rowName);
    }
    notes.push("written_digits");
  }
  if (thousands) {
    const [i, d] = text.split(".");
    text = group(i ?? "") + (d === undefined ? "" : `.${d}`);
  }
  return { ok: true, text, notes };
}

/** How many decimals a table figure is written with (2.85 → 2, 3 → 0, 1e-7 → 7). */
function decimalsOf(value: number): number {
  const [m = "", e] = String(Math.abs(value)).split("e");
  const d = m.split(".")[1]?.length ?? 0;
  return Math.max(0, d - Number(e ?? 0));
}
