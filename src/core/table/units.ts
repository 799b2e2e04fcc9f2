/**
 * Units and how they convert. A unit is a multiplier (万, 亿) on a base (人, 元, 人次…); bases in one family are
 * interchangeable (人 and 名 count people). Converting 23456 人 for “X万” divides by 10^4.
 */

const multipliers: [string, number][] = [
  ["万亿", 1e12],
  ["亿", 1e8],
  ["万", 1e4],
  ["千", 1e3],
  ["百", 1e2],
];

/** Families of interchangeable bases; the empty base stands for a bare number (X万 with no base written). */
const families: string[][] = [
  ["人", "名", "位"],
  ["人次"],
  ["元"],
  ["件"],
  ["项"],
  ["家", "户"],
  ["个"],
  ["期"],
  ["次"],
  ["场"],
  ["座"],
  ["条"],
  ["批"],
  ["套"],
  ["亩"],
  ["吨"],
  ["平方米"],
  ["公里"],
  ["倍"],
  ["天", "日"],
  ["个工作日", "工作日"],
  ["辆"],
  ["台", "台套"],
  ["艘"],
  ["栋", "幢"],
  ["间"],
  ["张"],
  ["处"],
  ["宗"],
  ["笔"],
  ["篇"],
  ["份"],
  ["所", "校"],
  ["米"],
  ["公顷"],
  ["立方米", "方"],
  ["千瓦"],
  ["千瓦时", "度"],
  ["公斤", "千克"],
  ["年"],
  ["小时"],
  ["头"],
  ["只", "羽"],
  ["美元"],
  ["微克/立方米"],
  ["吨标准煤"],
  ["标准箱"],
  ["床", "张床"],
  ["岁"],
  ["点"],
  ["%", "％"],
  ["‰"],
  ["个百分点", "百分点"],
  // 人口自然增长率比上年下降X个千分点: the change of a ‰ rate.
  ["个千分点", "千分点"],
];

const familyOf = (base: string): string[] | undefined => families.find((f) => f.includes(base));

export interface ParsedUnit {
  factor: number;
  base: string;
}

export function parseUnit(unit: string): ParsedUnit {
  // A base that starts like a multiplier (千瓦, 千克, 百分点) is a base, not 千 × 瓦.
  if (familyOf(unit)) return { factor: 1, base: unit };
  for (const [prefix, factor] of multipliers) {
    if (unit.startsWith(prefix) && unit !== prefix + "分点") return { factor, base: unit.slice(prefix.length) };
  }
  return { factor: 1, base: unit };
}


/** Whether a unit is one this table knows: a known base, with or without a multiplier (万千瓦时, 个工作日). */
export const knownUnit = (unit: string): boolean => unit !== "" && familyOf(parseUnit(unit).base) !== undefined;

/** Bases that can only hold whole numbers: a fill of 2.5 人 is a conflict, not a figure. */
/** A rate or its change (%, ‰, 个百分点): it changes with anything, a count's or an amount's alike. */
export const isRateUnit = (unit: string): boolean => ["%", "％", "‰", "个百分点", "百分点", "个千分点", "千分点"].includes(unit);

export const isCountBase = (base: string): boolean =>
  !["%", "％", "‰", "个百分点", "百分点", "个千分点", "千分点", "元", "亩", "吨", "平方米", "公里", "倍", "", "米", "公顷", "立方米", "方", "千瓦", "千瓦时", "度", "公斤", "千克", "年", "小时", "天", "日", "美元", "微克/立方米", "吨标准煤"].includes(base);

/**
 * The factor turning a value in `rowUnit` into one in `placeholderUnit`, or undefined when they measure different
 * things (万 vs 人次 is fine only if the row counts 人次; % never fills 个百分点).
 */
export function conversion(rowUnit: string, placeholderUnit: string): number | undefined {
  const row = parseUnit(rowUnit);
  const ph = parseUnit(placeholderUnit);
  const sameBase = row.base === ph.base || (familyOf(row.base) !== undefined && familyOf(row.base) === familyOf(ph.base));
  // “X万” writes no base: it takes the row's base if that base can be counted in 万 (people, money, 人次…).
  const bareMultiplier = ph.base === "" && ph.factor > 1 && !["%", "％", "‰", "个百分点", "百分点", "个千分点", "千分点", "倍"].includes(row.base);
  if (!sameBase && !bareMultiplier) return undefined;
  return row.factor / ph.factor;
}
