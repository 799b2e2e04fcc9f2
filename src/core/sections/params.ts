import { chineseNumeral } from "../audit/numerals";

export type Level = "市" | "县" | "区";

export interface SectionParams {
  level: Level;
  year: number;
  /** “我讲N点意见”: the number of level-1 sections that follow; left as the placeholder X when unknown */
  points?: number;
}

const words: Record<Level, Record<string, string>> = {
  市: { 全: "全市", 委: "市委", 府: "市政府", 本: "我市", 级: "市", 上全: "全省", 上府: "省政府", 上本: "我省", 下各: "各县" },
  县: { 全: "全县", 委: "县委", 府: "县政府", 本: "我县", 级: "县", 上全: "全市", 上府: "市政府", 上本: "我市", 下各: "各乡镇" },
  区: { 全: "全区", 委: "区委", 府: "区政府", 本: "我区", 级: "区", 上全: "全市", 上府: "市政府", 上本: "我市", 下各: "各街道" },
};

/** The parameters a template may use; anything else in {{…}} is left as written so the audit sees it. */
export const parameterNames = ["全", "委", "府", "本", "级", "上全", "上府", "上本", "下各", "年", "去年", "明年", "点数"] as const;

export function fillParams(text: string, p: SectionParams): string {
  return text.replace(/\{\{([^{}]+)\}\}/g, (whole, name: string) => {
    if (name === "年") return String(p.year);
    if (name === "去年") return String(p.year - 1);
    if (name === "明年") return String(p.year + 1);
    // 两点意见, not 二点意见: a count of two is read 两.
    if (name === "点数") return p.points === undefined ? "X" : p.points === 2 ? "两" : chineseNumeral(p.points);
    return words[p.level][name] ?? whole;
  });
}
