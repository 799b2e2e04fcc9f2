import type { RegionLevel } from "./types";

const cues: Record<RegionLevel, RegionExp> = {
  市: /全市|我市|市委|市政府|本市/g,
  县: /全县|我县|县委|县政府|本县/g,
  区: /全区|我区|区委|区政府|本区/g,
};
type RegionExp = RegExp;

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/** The level a stretch of text speaks of (全市 → 市), or undefined when it names none or several equally. */
export function levelOf(text: string): RegionLevel | undefined {
  const scored = (Object.keys(cues) as RegionLevel[]).map((l) => [l, count(text, cues[l])] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = scored;
  if (!first || first[1] === 0 || (second && second[1] === first[1])) return undefined;
  return first[0];
}

/** The level of a table row's region cell: 全市/云川市 → 市. Empty means any. */
export function rowLevel(region: string): RegionLevel | undefined {
  if (region === "") return undefined;
  const m = /(市|县|区)$/.exec(region.replace(/^全/, ""));
  return (m?.[1] as RegionLevel | undefined) ?? (region.includes("县") ? "县" : region.includes("区") ? "区" : region.includes("市") ? "市" : undefined);
}
