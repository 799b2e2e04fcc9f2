/**
 * Numbers as typed in a cell, and as written back. Thousands separators must group by three (23,456; never
 * 1,2,3,4); scientific notation (1e21) is not a figure a drafter types and is refused with its own message, as are
 * values too large to write exactly (see MAX_MAGNITUDE).
 */

/** Figures at or above this magnitude lose digits in a double and cannot be written exactly in a speech. */
export const MAX_MAGNITUDE = 1e15;

const fullWidthDigits = (s: string): string => s.replace(/[０-９．，－]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** A number as typed in a cell: 23456, 23,456, ２３４５６, 3.2, 3.2%. Anything else is not a number. */
export function parseNumberCell(raw: string): { value: number; percent: boolean } | undefined {
  const s = fullWidthDigits(raw).replace(/\s/g, "");
  const m = /^(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(%|％)?$/.exec(s);
  return m ? { value: Number((m[1] as string).replace(/,/g, "")), percent: m[2] !== undefined } : undefined;
}

/** Why a number-looking cell cannot be used, or undefined when it is fine or not a number at all. */
export function numberCellProblem(raw: string): string | undefined {
  const s = fullWidthDigits(raw).replace(/\s/g, "");
  if (/^-?\d+(?:\.\d+)?[eE][+-]?\d+%?$/.test(s)) return `“${raw.slice(0, 20)}”是科学计数法：请写成完整的数字（在 Excel 中把单元格格式设为“数值”）`;
  if (/^-?\d[\d,]*(?:\.\d+)?%?$/.test(s) && s.includes(",") && !parseNumberCell(raw)) return `“${raw.slice(0, 20)}”的千分位逗号位置不对：应每三位一个逗号（如 23,456），或不写逗号`;
  const n = parseNumberCell(raw);
  if (n && !(Math.abs(n.value) < MAX_MAGNITUDE)) return `“${raw.length > 20 ? `${raw.slice(0, 20)}…（共 ${raw.length} 位）` : raw}”过大，无法准确写出：数值应小于 10^15`;
  return undefined;
}

/** The same problem in en-US (numberCellProblem's English text). */
export function numberCellProblemEn(raw: string): string | undefined {
  const s = fullWidthDigits(raw).replace(/\s/g, "");
  if (/^-?\d+(?:\.\d+)?[eE][+-]?\d+%?$/.test(s)) return `"${raw.slice(0, 20)}" is in scientific notation: write the whole number (in Excel, set the cell format to Number)`;
  if (/^-?\d[\d,]*(?:\.\d+)?%?$/.test(s) && s.includes(",") && !parseNumberCell(raw)) return `"${raw.slice(0, 20)}" has misplaced thousands separators: one comma every three digits (as in 23,456), or none`;
  const n = parseNumberCell(raw);
  if (n && !(Math.abs(n.value) < MAX_MAGNITUDE)) return `"${raw.length > 20 ? `${raw.slice(0, 20)}… (${raw.length} digits)` : raw}" is too large to write exactly: the value must be below 10^15`;
  return undefined;
}

/** A finite number written without exponent, so the text reads back as the same number (1e-7 → 0.0000001). */
export function plainNumber(v: number): string {
  const s = String(v);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, frac = "", expText] = m;
  const digits = `${lead}${frac}`;
  const exp = Number(expText);
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  return `${sign}${digits}${"0".repeat(Math.max(0, exp - frac.length))}`;
}
