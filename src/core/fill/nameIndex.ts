import { type Row, rowKind } from "../table/schema";
import { shortPlaceName } from "./people";

/**
 * Finding the rows a stretch of text names, without reading every row: each row name is reduced to the characters
 * that carry meaning (affixes such as 全市, 人数, 总额, 地方 dropped; 规上 read as 规模以上, 增速/增幅 as 增长) and filed
 * under its rarest character. A sentence looks up only the rows filed under its own characters.
 *
 * A mention is exact (the name or alias written as it is), or a variant (the same meaningful characters, in any
 * order: 新增城镇就业 names 城镇新增就业人数; 一般公共预算收入 names 地方一般公共预算收入).
 */

export interface Mention {
  row: Row;
  /** the name or alias matched */
  name: string;
  /** offsets in the text searched */
  from: number;
  to: number;
  /** 2 exact, 1 variant, 0 loose (one short word more or less in a long name) */
  strength: 0 | 1 | 2;
  /** the bracketed note of the row's name when it was found without it (按户籍人口 of 人均地区生产总值（按户籍人口）) */
  note?: string;
}

interface Entry {
  id: number;
  row: Row;
  name: string;
  /** set for a name filed without its bracketed note: the note the text must write elsewhere */
  note?: string;
  core: string;
  /** its place in the list of entries filed under its rarest character, and under its core's start */
  rarePos: number;
  startPos: number;
}

/**
 * The entries sharing a name (a large table has hundreds of rows per name, one per year and region). A text is
 * searched once per name, not once per row; the rows of a name found then add their mentions in filing order.
 */
interface NameGroup {
  name: string;
  core: string;
  entries: Entry[];
  /** the core's characters sorted, computed when first needed */
  sorted?: string;
}

/** Where one name occurs in a text: exact spans, then variant spans (same core, any order) not already exact. */
interface Spans {
  exact: [number, number][];
  variant: [number, number][];
}

const synonyms: [string, string][] = [
  // 制造业增长X% is said of its value added: 制造业增加值增长速度.
  ["增加值增长速度", "增长"],
  ["增加值增长率", "增长"],
  ["增加值增速", "增长"],
  ["增加值增幅", "增长"],
  ["增加值增长", "增长"],
  // 居民消费价格上涨幅度 is written 居民消费价格比上年上涨X%.
  ["上涨幅度", "增长"],
  ["增长幅度", "增长"],
  ["增长速度", "增长"],
  ["增长率", "增长"],
  ["增速", "增长"],
  ["增幅", "增长"],
  ["涨幅", "增长"],
  ["增减", "增长"],
  ["上涨", "增长"],
  ["对GDP增长", "对经济增长"],
  // 出生率, 死亡率 and 自然增长率 are the population's (人口出生率…) as statistics offices write them; the output is
  // the core the longer name would have (增长率 reads as 增长). 婴儿死亡率 is kept apart by the word before (words.ts).
  ["人口出生率", "出生率"],
  ["人口死亡率", "死亡率"],
  ["人口自然增长率", "自然增长"],
  // 油料作物产量 is the statistics office's 油料产量.
  ["油料作物", "油料"],
  // GDP, in a county's or city's draft, is its 地区生产总值: 人均GDP, 万元GDP能耗. Written as that name's core (地区
  // and 总 are affixes), since a synonym's characters are not normalised again.
  ["GDP", "生产值"],
  ["对经济增长的拉动", "拉动经济增长"],
  ["规上", "规模以上"],
  ["营收", "营业收入"],
  ["技改", "技术改造"],
  ["个体户", "个体工商户"],
  ["非公经济", "非公有制经济"],
  // 规模工业增加值, in some provinces' reports, is 规模以上工业增加值.
  ["规模工业", "规模以上工业"],
  ["限上", "限额以上"],
  ["城市居民", "城镇居民"],
  ["乡村居民", "农村居民"],
  // 净菜进京平均每日超过X吨 is the table's 净菜进京日均量: a daily average, however it is worded.
  ["平均每日", "日均"],
  ["每日平均", "日均"],
  ["日均量", "日均"],
];

/** Short forms written out in full as tables write them (个体户 → 个体工商户), for completing names by their endings. */
const shortForms: [RegExp, string][] = [
  [/个体户/g, "个体工商户"],
  [/非公经济/g, "非公有制经济"],
  [/规上/g, "规模以上"],
  [/限上/g, "限额以上"],
  [/营收/g, "营业收入"],
  [/技改/g, "技术改造"],
];
export const spellOut = (text: string): string => shortForms.reduce((t, [re, full]) => t.replace(re, full), text);

// Longest first, so that 全市 is not left half-stripped by a shorter affix.
const affixes = ["比上年同期", "较上年同期", "比去年同期", "上年同期", "较上年", "较去年", "比上年", "全市", "全县", "全区", "全省", "全州", "全镇", "全乡", "我市", "我县", "我区", "我镇", "我乡", "本市", "本县", "本区", "本镇", "现价", "属性", "人数", "人员", "个数", "完成额", "总额", "总量", "总数", "数量", "面积", "资金", "年末", "年底", "全年", "累计", "各类", "全部", "地方", "共计", "同比", "可比", "实现", "地区", "总"];

interface Normal {
  text: string;
  /** original offset of each character of text, and the original end after it */
  starts: number[];
  ends: number[];
}

const affixStarts = new Set([...affixes, ...synonyms.map(([from]) => from)].map((a) => a[0]));
// Quotation marks around a name's words (“专精特新”培育企业) carry no meaning of their own.
const quotes = new Set(["“", "”", "‘", "’", '"', "「", "」"]);

export function normalise(text: string): Normal {
  const out: Normal = { text: "", starts: [], ends: [] };
  for (let i = 0; i < text.length; ) {
    if (quotes.has(text[i] as string)) {
      i += 1;
      continue;
    }
    // 猪牛羊禽四种肉产量: a count of the kinds just listed (四种) adds nothing to the name (猪牛羊禽肉产量).
    if (text[i + 1] === "种" && /[两二三四五六七八九十]/.test(text[i] as string) && /[\u4e00-\u9fff]/.test(text[i - 1] ?? "") && /[\u4e00-\u9fff]/.test(text[i + 2] ?? "")) {
      i += 2;
      continue;
    }
    if (!affixStarts.has(text[i] as string)) {
      out.text += text[i] as string;
      out.starts.push(i);
      out.ends.push(i + 1);
      i += 1;
      continue;
    }
    const affix = affixes.find((a) => text.startsWith(a, i));
    // 与全市差额, 比全省低: a region compared with is part of the name, not an affix.
    if (affix && !(/^[全我本]/.test(affix) && /[与比较于居占同]/.test(text[i - 1] ?? ""))) {
      i += affix.length;
      continue;
    }
    const syn = synonyms.find(([from]) => text.startsWith(from, i));
    if (syn) {
      for (const c of syn[1]) {
        out.text += c;
        out.starts.push(i);
        out.ends.push(i + syn[0].length);
      }
      i += syn[0].length;
      continue;
    }
    out.text += text[i] as string;
    out.starts.push(i);
    out.ends.push(i + 1);
    i += 1;
  }
  return out;
}

/**
 * 财政总收入 and 地方财政收入 read alike once 总 and 地方 are set aside, but the total holds the central government's
 * share and the local part does not: a name written with 总 never matches a row named with 地方, nor the other way.
 */
const onlyTotal = (s: string): boolean => s.includes("总") && !s.includes("地方");
const onlyLocal = (s: string): boolean => s.includes("地方") && !s.includes("总");
export const totalAgainstLocal = (written: string, name: string): boolean => (onlyTotal(written) && onlyLocal(name)) || (onlyLocal(written) && onlyTotal(name));

/** Words that change what a figure is: a name differing by one of these is another figure, never a loose match. */
// 服务, 民营, 轻… name a part of a sector (农林牧渔服务业产值 is not 农林牧渔业总产值).
const meaningful = /城镇|农村|乡村|城市|城乡|镇|村|省|市|县|区|级|规|限|人均|非|不|未|无|净|新|增|减|男|女|服务|民营|私营|国有|外资|个体|营利|高新|高技术|轻|重|\d|[一二三四五六七八九十]/;

/**
 * A loose match at `i`: the text and the core differ only by one inserted word of one or two characters after a
 * common start of two or more (农村常住居民人均可支配收入 ~ 农村居民人均可支配收入). Returns the text length used.
 */
function looseAt(text: string, i: number, core: string): number | undefined {
  let p = 0;
  while (p < core.length && text[i + p] === core[p]) p += 1;
  if (p < 2 || p >= core.length - 1) return undefined;
  for (const d of [1, 2]) {
    const rowExtra = core.slice(p, p + d);
    if (core.length - p - d >= 2 && text.startsWith(core.slice(p + d), i + p) && !meaningful.test(rowExtra)) return core.length - d;
    const textExtra = text.slice(i + p, i + p + d);
    if (text.startsWith(core.slice(p), i + p + d) && !meaningful.test(textExtra) && /^[\u4e00-\u9fff]+$/.test(textExtra)) return core.length + d;
  }
  return twoLeftOut(text, i, core, p);
}

/**
 * 公办和普惠幼儿学位占比 ~ 公办和普惠性幼儿园学位占比: in a long name (eight characters or more), two single characters
 * of the name left out at two places, neither one that changes what the figure is, each followed by two or more
 * characters written. Returns the text length used.
 */
function twoLeftOut(text: string, i: number, core: string, p: number): number | undefined {
  if (core.length < 8 || meaningful.test(core[p] ?? "")) return undefined;
  let q = p + 1;
  let t = i + p;
  while (q < core.length && text[t] === core[q]) {
    q += 1;
    t += 1;
  }
  if (q - (p + 1) < 2 || q >= core.length - 2 || meaningful.test(core[q] ?? "")) return undefined;
  return text.startsWith(core.slice(q + 1), t) ? core.length - 2 : undefined;
}

/** A name's span runs over the affixes written right after it (零售总额, 就业人数): they are part of the name. */
function trailing(text: string, to: number): number {
  let end = to;
  for (let again = true; again; ) {
    again = false;
    for (const a of ["现价", "人数", "人员", "个数", "完成额", "总额", "总量", "总数", "数量", "面积", "资金"]) {
      if (text.startsWith(a, end)) {
        end += a.length;
        again = true;
      }
    }
  }
  return end;
}

const sortChars = (s: string): string => [...s].sort().join("");

/**
 * 规模以上工业总产值（全口径）, 城镇调查失业率（平均）: a note in brackets qualifies the name and is written before or
 * after it in a draft (全口径规模以上工业总产值, 城镇调查失业率平均为). The name is also found with the note written
 * there; never without it.
 */
function withNote(name: string): string[] {
  const m = /[（(]([^（）()]{1,8})[）)]/.exec(name);
  if (!m || m.index === 0) return [name];
  const rest = name.slice(0, m.index) + name.slice(m.index + m[0].length);
  const note = m[1] as string;
  const head = name.slice(0, m.index);
  return [name, note + rest, head + note + name.slice(m.index + m[0].length)];
}

export interface NameIndex {
  /** every number row named in text, exact or as a variant */
  mentionsIn(text: string): Mention[];
  /** number rows with a longer name or alias ending in `name` (民营经济第一产业增加值 ends in 第一产业增加值) */
  endingWith(name: string): { row: Row; name: string }[];
  /** number rows with a longer name or alias starting with `name` (农业产值 starts with 农业) */
  startingWith(name: string): { row: Row; name: string }[];
  /** number rows sharing at least `min` meaningful characters with term, most shared first (for hints) */
  near(term: string, min: number): Row[];
}

export function buildNameIndex(rows: readonly Row[]): NameIndex {
  const entries: Entry[] = [];
  // Each distinct name is normalised once, and each distinct core's characters counted and ranked once.
  const cores = new Map<string, string>();
  const coreCount = new Map<string, number>();
  const names: string[] = [];
  const bare = new Map<string, string>();
  const addNames = (name: string): void => {
    // most names hold no bracketed note: skip the pattern for them (a 100,000-row table files 200,000 names)
    const noted = name.includes("(") || name.includes("（");
    const variants = noted ? withNote(name) : [name];
    for (const v of variants) if (!names.includes(v)) names.push(v);
    const m = noted ? /[（(]([^（）()]{1,8})[）)]/.exec(name) : null;
    if (m && m.index > 0) bare.set(name.slice(0, m.index) + name.slice(m.index + m[0].length), m[1] as string);
  };
  // An alias names the indicator, not one row of it: a table that writes 城镇居民人均可支配收入 as an alias on one
  // year's or place's row of 城镇常住居民人均可支配收入 names every row of that name by it (a refused row of one place
  // must not be the only one the alias reaches, leaving this place's own row unread).
  // An alias that names the row's own place (溪山县地区生产总值) stays that row's: it names no other place's row.
  const aliasesOf = new Map<string, Set<string>>();
  for (const row of rows) {
    const place = row.region ? shortPlaceName(row.region) : "";
    for (const a of row.aliases) {
      if (place && a.includes(place)) continue;
      const set = aliasesOf.get(row.name) ?? new Set<string>();
      set.add(a);
      aliasesOf.set(row.name, set);
    }
  }
  for (const row of rows) {
    if (rowKind(row) !== "number" || typeof row.value !== "number") continue;
    names.length = 0;
    bare.clear();
    addNames(row.name);
    for (const alias of row.aliases) addNames(alias);
    for (const alias of aliasesOf.get(row.name) ?? []) addNames(alias);
    // The name without its note is filed too, marked: the matcher takes it only where the note is written elsewhere
    // in the sentence or is the figure's unit (按户籍人口计算，全区人均生产总值X元; 人均生产总值达X美元).
    const notes = new Map<string, string>();
    for (const [name, note] of bare) {
      if (names.includes(name)) continue;
      names.push(name);
      notes.set(name, note);
    }
    for (const name of names) {
      let core = cores.get(name);
      if (core === undefined) {
        const norm = normalise(name).text;
        core = norm.length >= 2 ? norm : name;
        cores.set(name, core);
      }
      coreCount.set(core, (coreCount.get(core) ?? 0) + 1);
      const note = notes.get(name);
      entries.push({ id: entries.length, row, name, core, rarePos: -1, startPos: -1, ...(note !== undefined ? { note } : {}) });
    }
  }
  const freq = new Map<string, number>();
  for (const [core, n] of coreCount) for (const c of new Set(core)) freq.set(c, (freq.get(c) ?? 0) + n);
  const rarestOf = new Map<string, string>();
  const byRarest = new Map<string, Entry[]>();
  const startCount = new Map<string, number>();
  const byEnd = new Map<string, Entry[]>();
  const byHead = new Map<string, Entry[]>();
  const groups = new Map<string, NameGroup>();
  const groupsByRarest = new Map<string, NameGroup[]>();
  const coresByStart = new Map<string, Map<string, Entry[]>>();
  for (const e of entries) {
    let rarest = rarestOf.get(e.core);
    if (rarest === undefined) {
      rarest = [...new Set(e.core)].reduce((a, b) => ((freq.get(b) ?? 0) < (freq.get(a) ?? 0) ? b : a));
      rarestOf.set(e.core, rarest);
    }
    const filed = byRarest.get(rarest) ?? [];
    e.rarePos = filed.length;
    filed.push(e);
    byRarest.set(rarest, filed);
    let group = groups.get(e.name);
    if (!group) {
      group = { name: e.name, core: e.core, entries: [] };
      groups.set(e.name, group);
      const list = groupsByRarest.get(rarest) ?? [];
      list.push(group);
      groupsByRarest.set(rarest, list);
    }
    group.entries.push(e);
    const first = e.name.slice(0, 2);
    const head = byHead.get(first);
    if (head) head.push(e);
    else byHead.set(first, [e]);
    const end = e.name.slice(-2);
    const ending = byEnd.get(end);
    if (ending) ending.push(e);
    else byEnd.set(end, [e]);
    if (e.core.length >= 5) {
      const start = e.core.slice(0, 2);
      e.startPos = startCount.get(start) ?? 0;
      startCount.set(start, e.startPos + 1);
      const byCore = coresByStart.get(start) ?? new Map<string, Entry[]>();
      const same = byCore.get(e.core) ?? [];
      same.push(e);
      byCore.set(e.core, same);
      coresByStart.set(start, byCore);
    }
  }
  const cache = new Map<string, Mention[]>();
  const endingCache = new Map<string, { row: Row; name: string }[]>();
  const nearCache = new Map<string, Row[]>();

  function search(text: string): Mention[] {
    const norm = normalise(text);
    const present = new Set(norm.text + text);
    const found = new Map<string, Mention>();
    const add = (e: Entry, found0: Mention): void => {
      const m: Mention = e.note !== undefined ? { ...found0, note: e.note } : found0;
      const key = `${m.from}:${m.to}:${e.id}`;
      const old = found.get(key);
      if (!old || old.strength < m.strength) found.set(key, m);
    };
    const spansOf = (g: NameGroup): Spans => {
      const out: Spans = { exact: [], variant: [] };
      const seen = new Set<string>();
      for (let i = text.indexOf(g.name); i >= 0; i = text.indexOf(g.name, i + 1)) {
        seen.add(`${i}:${trailing(text, i + g.name.length)}`);
        out.exact.push([i, trailing(text, i + g.name.length)]);
      }
      const n = g.core.length;
      if (n < 2) return out;
      for (let i = 0; i + n <= norm.text.length; i += 1) {
        const sub = norm.text.slice(i, i + n);
        if (sub !== g.core && (n < 3 || sortChars(sub) !== (g.sorted ??= sortChars(g.core)))) continue;
        const from = norm.starts[i] as number;
        const to = trailing(text, norm.ends[i + n - 1] as number);
        if (seen.has(`${from}:${to}`) || totalAgainstLocal(text.slice(from, to), g.name)) continue;
        out.variant.push([from, to]);
      }
      return out;
    };
    for (const c of present) {
      // The rows filed under c whose name occurs, in filing order (the order mentions are added in).
      const hit: Entry[] = [];
      const at = new Map<string, Spans>();
      for (const g of groupsByRarest.get(c) ?? []) {
        if (![...g.core].every((ch) => present.has(ch))) continue;
        const spans = spansOf(g);
        if (spans.exact.length === 0 && spans.variant.length === 0) continue;
        at.set(g.name, spans);
        for (const e of g.entries) hit.push(e);
      }
      hit.sort((a, b) => a.rarePos - b.rarePos);
      for (const e of hit) {
        const spans = at.get(e.name) as Spans;
        for (const [from, to] of spans.exact) add(e, { row: e.row, name: e.name, from, to, strength: 2 });
        for (const [from, to] of spans.variant) add(e, { row: e.row, name: e.name, from, to, strength: 1 });
      }
    }
    // Loose matches, only where nothing matched exactly or as a variant over the same start.
    const taken = [...found.values()];
    for (let i = 0; i + 1 < norm.text.length; i += 1) {
      // The loose span at i depends on the core only: found once per core, then added for its rows in filing order.
      const hit: Entry[] = [];
      const spanOf = new Map<string, [number, number]>();
      for (const [core, same] of coresByStart.get(norm.text.slice(i, i + 2)) ?? []) {
        const n = looseAt(norm.text, i, core);
        if (n === undefined) continue;
        const from = norm.starts[i] as number;
        const to = trailing(text, norm.ends[i + n - 1] as number);
        if (taken.some((m) => m.from <= from && m.to >= to)) continue;
        spanOf.set(core, [from, to]);
        for (const e of same) hit.push(e);
      }
      hit.sort((a, b) => a.startPos - b.startPos);
      for (const e of hit) {
        const [from, to] = spanOf.get(e.core) as [number, number];
        if (!totalAgainstLocal(text.slice(from, to), e.name)) add(e, { row: e.row, name: e.name, from, to, strength: 0 });
      }
    }
    return [...found.values()];
  }

  /**
   * 农林牧渔业（包括农林牧渔专业及辅助性活动）增加值: a name interrupted by an aside in brackets (one holding no
   * placeholder) is found with the aside taken out; only names running across an aside are added.
   */
  function acrossAsides(text: string): Mention[] {
    const asides = [...text.matchAll(/[（(][^（）()XxＸｘ]{1,40}[）)]/g)];
    if (asides.length === 0) return [];
    const kept: number[] = [];
    let stripped = "";
    let last = 0;
    for (const a of asides) {
      for (let i = last; i < (a.index ?? 0); i += 1) {
        kept.push(i);
        stripped += text[i] as string;
      }
      last = (a.index ?? 0) + a[0].length;
    }
    for (let i = last; i < text.length; i += 1) {
      kept.push(i);
      stripped += text[i] as string;
    }
    return search(stripped)
      .map((m) => ({ ...m, from: kept[m.from] as number, to: (kept[m.to - 1] as number) + 1 }))
      .filter((m) => asides.some((a) => (a.index ?? 0) > m.from && (a.index ?? 0) < m.to));
  }

  return {
    mentionsIn(text) {
      let hit = cache.get(text);
      if (!hit) {
        hit = [...search(text), ...acrossAsides(text)];
        if (cache.size > 5000) cache.clear();
        cache.set(text, hit);
      }
      return hit;
    },
    endingWith(name) {
      if (name.length < 2) return [];
      const hit = endingCache.get(name);
      if (hit) return hit;
      const found = (byEnd.get(name.slice(-2)) ?? []).filter((e) => e.note === undefined && e.name.length > name.length && e.name.endsWith(name)).map((e) => ({ row: e.row, name: e.name }));
      if (endingCache.size > 5000) endingCache.clear();
      endingCache.set(name, found);
      return found;
    },
    startingWith(name) {
      if (name.length < 2) return [];
      return (byHead.get(name.slice(0, 2)) ?? []).filter((e) => e.note === undefined && e.name.length > name.length && e.name.startsWith(name)).map((e) => ({ row: e.row, name: e.name }));
    },
    near(term, min) {
      const key = `${term}\u0000${min}`;
      const hit = nearCache.get(key);
      if (hit) return hit;
      // Rows filed under a character of the term, ranked by the meaningful characters they share.
      const core = new Set(normalise(term).text);
      const shared = new Map<Row, number>();
      for (const c of core) {
        const list = byRarest.get(c) ?? [];
        if (list.length > 2000) continue;
        for (const e of list) shared.set(e.row, Math.max(shared.get(e.row) ?? 0, [...new Set(e.core)].filter((ch) => core.has(ch)).length));
      }
      const found = [...shared.entries()].filter(([, n]) => n >= min).sort((a, b) => b[1] - a[1]).map(([r]) => r);
      if (nearCache.size > 5000) nearCache.clear();
      nearCache.set(key, found);
      return found;
    },
  };
}
