import type { Placeholder } from "../placeholders/types";
import { type Period, type YearBasis, periodBefore } from "../table/period";
import type { Row } from "../table/schema";
import { shortPlaceName } from "./people";
import { paragraphPeriodBefore } from "./paragraphPeriods";
import { rowLevel } from "./region";
import type { Params, ReasonCode } from "./reasons";
import type { FillContext } from "./types";
import { rankRemark } from "./words";

export type PeriodSource = "sentence" | "table" | "paragraph" | "heading";

export interface TextPeriod {
  period: Period;
  from: PeriodSource;
  /** the figure is of a period after this one (the end of 从…到…) */
  after?: boolean;
}

const headingStart = /^\s*(?:第[一二三四五六七八九十百]+(?:部分|章|节|篇)|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[、.．](?!\d))/;
const topLevel = /^\s*(?:第[一二三四五六七八九十百]+(?:部分|章|篇)|[一二三四五六七八九十]+[、.．])/;

/** A heading: numbered (一、 （一） 第一部分) and short, or a short line with no sentence punctuation. */
export const isHeading = (text: string): boolean => {
  const t = text.trim();
  if (t.length === 0 || t.length > 40) return false;
  return headingStart.test(t) ? !/。.+/.test(t) : t.length <= 25 && !/[，。；：]/.test(t);
};

// The heading period of each paragraph, computed once per document (paragraph texts) and document year.
const headingMemo = new WeakMap<readonly string[], Map<string, Period | null>>();

function headingPeriod(ctx: FillContext, docIndex: number): Period | undefined {
  let memo = headingMemo.get(ctx.paragraphs);
  if (!memo) {
    memo = new Map();
    headingMemo.set(ctx.paragraphs, memo);
  }
  const key = `${docIndex}:${ctx.docYear ?? ""}`;
  const known = memo.get(key);
  if (known !== undefined) return known ?? undefined;
  const found = findHeadingPeriod(ctx, docIndex);
  memo.set(key, found ?? null);
  return found;
}

// A dateline under a title (（2020年3月26日）, 2024年3月8日, 二〇二四年三月八日, 发布时间：2019/05/20) says when the text
// was issued, not the period its figures are of.
const cn = "〇零一二三四五六七八九十";
const dateline = new RegExp(
  `^[（(]?\\s*(?:(?:发布|印发|成文)?(?:时间|日期)[:：]\\s*)?(?:(?:\\d{4}|[${cn}]{4})\\s*年\\s*(?:\\d{1,2}|[${cn}]{1,3})\\s*月\\s*(?:\\d{1,2}|[${cn}]{1,3})\\s*日|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})\\s*[）)]?$`,
);
// （2022年4月） under a 公报's title: the month it was issued, in brackets on a line of its own.
const issuedMonth = new RegExp(`^[（(]\\s*(?:\\d{4}|[${cn}]{4})\\s*年\\s*(?:\\d{1,2}|[${cn}]{1,3})\\s*月\\s*[）)]$`);
export const isDateline = (text: string): boolean => dateline.test(text.trim()) || issuedMonth.test(text.trim());

/**
 * The nearest heading above naming a period. Past a top-level numbered heading naming none (一、…), only an
 * unnumbered heading above the numbered parts (“2013年工作回顾”) can still give one, and the first such decides.
 */
function findHeadingPeriod(ctx: FillContext, docIndex: number): Period | undefined {
  let passedTop = false;
  for (let i = docIndex - 1; i >= 0 && i >= docIndex - 400; i -= 1) {
    const t = ctx.paragraphs[i] ?? "";
    if (!isHeading(t) || isDateline(t)) continue;
    const numbered = headingStart.test(t.trim());
    if (passedTop && numbered) continue;
    const p = periodBefore(t, t.length, ctx.docYear);
    if (p) return p;
    if (passedTop) return undefined;
    if (topLevel.test(t)) passedTop = true;
  }
  return undefined;
}

/**
 * The period a placeholder speaks of: written in its sentence before it, else in its table row, else earlier in its
 * paragraph, else in the heading above. A period written without a year (上半年) takes the paragraph's or heading's
 * year when one is written there.
 */
export function textPeriod(ph: Placeholder, ctx: FillContext): TextPeriod | undefined {
  const paragraph = ph.part.kind === "body" ? (ctx.paragraphs[ph.docIndex] ?? "") : "";
  const own = paragraph.slice(ph.sentence.start, ph.sentence.start + ph.sentence.text.length) === ph.sentence.text;
  const heading = ph.part.kind === "body" ? headingPeriod(ctx, ph.docIndex) : undefined;
  const inParagraph = own && ph.part.kind === "body" ? paragraphPeriodBefore(ctx.paragraphs, ph.docIndex, ph.sentence.start, { docYear: ctx.docYear, contextYear: heading?.year }) : undefined;
  const basis: YearBasis = { docYear: ctx.docYear, contextYear: inParagraph?.year ?? heading?.year };
  const sentence = periodBefore(ph.sentence.text, ph.start - ph.sentence.start, basis);
  if (sentence) return { period: sentence, from: "sentence" };
  const cells = periodBefore(ph.rowContext, ph.rowContext.length, basis);
  if (cells) return { period: cells, from: "table" };
  if (inParagraph) return { period: inParagraph, from: "paragraph" };
  if (heading) return { period: heading, from: "heading" };
  return undefined;
}

type Scope = "国" | "省" | "市" | "县" | "区" | "乡镇";

/** The scope of a row's region cell: 全省/江苏省 → 省, 全市/云川市 → 市, 某镇 → 乡镇; undefined when empty or unknown. */
function scopeOf(region: string): Scope | undefined {
  if (region === "") return undefined;
  if (/^全国$|^中国$|^国家$/.test(region)) return "国";
  if (/省$|^全省|自治区$/.test(region)) return "省";
  if (/(?:镇|乡|街道)$/.test(region)) return "乡镇";
  return rowLevel(region);
}

const named = (region: string): boolean => region !== "" && !/^(?:全|我|本)/.test(region) && region !== "全国";

type Cue = { place: string } | { level: Scope };

const levelWords: [RegExp, Scope][] = [
  [/全镇|我镇|本镇|全乡|我乡|本乡|全街道/g, "乡镇"],
  [/全国/g, "国"],
  [/全省|我省|本省/g, "省"],
  [/全市|我市|本市/g, "市"],
  [/全县|我县|本县/g, "县"],
  [/全区|我区|本区/g, "区"],
];

/** The region written nearest before the placeholder: a level word (全市) or a named place of the table (歙县). */
function nearestCue(text: string, places: readonly string[]): Cue | undefined {
  let best: { at: number; cue: Cue } | undefined;
  const consider = (at: number, cue: Cue): void => {
    if (at >= 0 && (!best || at > best.at)) best = { at, cue };
  };
  // 比全市低, 高于全省, 居全市第一: the region compared with is not the region of the figure; nor is the region of a
  // rank (全县首家, 全市第一个) — but 全市第一产业 is the 市's 第一产业.
  for (const [re, level] of levelWords) {
    for (const m of text.matchAll(re)) {
      const end = (m.index ?? 0) + m[0].length;
      if (!/[比较与于居占]/.test(text[(m.index ?? 0) - 1] ?? "") && !/^(?:[首唯]|第(?![一二三]产业))/.test(text.slice(end, end + 4))) consider(end, { level });
    }
  }
  for (const place of places) {
    for (const name of new Set([place, shortPlaceName(place)])) {
      const at = text.lastIndexOf(name);
      if (at >= 0) consider(at + name.length, { place });
    }
  }
  return best?.cue;
}

// Asked once per candidate row; the answer depends on the placeholder and the document only.
const cues = new WeakMap<FillContext, WeakMap<Placeholder, Cue | null>>();

function cueFor(ph: Placeholder, ctx: FillContext): Cue | undefined {
  let known = cues.get(ctx);
  if (!known) {
    known = new WeakMap();
    cues.set(ctx, known);
  }
  const seen = known.get(ph);
  if (seen !== undefined) return seen ?? undefined;
  const places = placesOf(ctx);
  // A closed parenthesis (全市为X元) speaks of itself, not of what follows it.
  // 居全市第X位, 全市排名第9位: a rank says where the figure stands among the 市's parts, not that it is the 市's.
  const before = ph.sentence.text
    .slice(0, ph.start - ph.sentence.start)
    .replace(/[（(][^（）()]*[）)]/g, (m) => " ".repeat(m.length))
    .replace(rankRemark, (m) => " ".repeat(m.length));
  // 增速低于全国（X%）: the figure opening a parenthesis right after the region compared with is that region's.
  const compared = /(?:[高低快慢多少]于|比|较)([\u4e00-\u9fff]{2,12}?)[（(]\s*$/.exec(before);
  const cue = (compared ? nearestCue(compared[1] as string, places) : undefined) ?? nearestCue(before, places) ?? nearestCue(ph.rowContext, places);
  known.set(ph, cue ?? null);
  return cue;
}

const samePlace = (a: string, b: string): boolean => shortPlaceName(a) === shortPlaceName(b);

/**
 * Why a row's region is not the region of this placeholder, or undefined when it is. The region is the one written
 * nearest before the placeholder (全市为X元 → the 市's row; 歙县城镇…X元 → 歙县's row), else in its table row, else the
 * document's own; a comparison after the placeholder (居全市第一) says nothing of it.
 */
export function regionProblem(row: Row, ph: Placeholder, ctx: FillContext): { code: ReasonCode; params: Params } | undefined {
  const region = row.region;
  const scope = scopeOf(region);
  if (!scope) return undefined;
  const cue = cueFor(ph, ctx);
  const docScope = ctx.region ? scopeOf(ctx.region) : (ctx.regionLevel ?? ctx.scope);
  const mismatch = (level: string) => ({ code: "region_level_mismatch" as const, params: { rowRegion: region, level } });
  const other = (docRegion: string) => ({ code: "other_region" as const, params: { rowRegion: region, docRegion } });
  if (cue && "place" in cue) {
    if (named(region)) return samePlace(region, cue.place) ? undefined : other(cue.place);
    return scopeOf(cue.place) === scope ? undefined : mismatch(scopeOf(cue.place) ?? "");
  }
  if (cue) {
    if (cue.level !== scope) return mismatch(cue.level);
    // 全县 in a document about 溪山县 is 溪山县, never another county of the table.
    if (named(region) && ctx.region && scopeOf(ctx.region) === scope && !samePlace(region, ctx.region)) return other(ctx.region);
    return undefined;
  }
  if (ctx.region) {
    if (named(region)) return samePlace(region, ctx.region) ? undefined : other(ctx.region);
    return scope === docScope ? undefined : mismatch(docScope ?? "");
  }
  if (docScope && scope !== docScope) return mismatch(docScope);
  return undefined;
}

/** The level a document speaks of most (全镇 in a town's report, 全国 in a ministry's), counting its level words. */
export function documentScope(text: string): string | undefined {
  const counts = levelWords.map(([re, level]) => [level, text.match(re)?.length ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = counts;
  return first && first[1] > 0 && (!second || second[1] < first[1]) ? first[0] : undefined;
}

// The named places of a table (place rows and region cells), once per row array.
const placesMemo = new WeakMap<readonly Row[], string[]>();
function placesOf(ctx: FillContext): string[] {
  let places = placesMemo.get(ctx.rows);
  if (!places) {
    places = [...namedPlaces(ctx.rows)];
    placesMemo.set(ctx.rows, places);
  }
  return ctx.region && !places.includes(ctx.region) ? [...places, ctx.region] : places;
}

/** Whether the text ends with the name of a place the table or the document names (上虞, 歙县, 船山区). */
export function endsWithPlace(text: string, ctx: FillContext): boolean {
  return placesOf(ctx).some((p) => text.endsWith(p) || text.endsWith(shortPlaceName(p)));
}

function namedPlaces(rows: readonly Row[]): Set<string> {
  const places = new Set<string>();
  for (const r of rows) {
    if (typeof r.value === "string" && r.kind === "place") places.add(r.value);
    else if (typeof r.value === "string" && /(?:市|县|区)$/.test(r.value) && /名$/.test(r.name)) places.add(r.value);
    if (named(r.region) && scopeOf(r.region) !== undefined) places.add(r.region);
  }
  return places;
}

/**
 * The document's own region by name: the named place (from place rows and the rows' region cells) its text names
 * most often; failing that, the only place row at the document's level.
 */
export function detectRegion(rows: readonly Row[], text: string, level: string | undefined): string | undefined {
  const places = namedPlaces(rows);
  const count = (p: string): number => {
    const short = shortPlaceName(p);
    return text.split(short).length - 1;
  };
  const ranked = [...places].map((p) => [p, count(p)] as const).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first && (!second || second[1] < first[1])) return first[0];
  const atLevel = [...places].filter((p) => level !== undefined && scopeOf(p) === level);
  return atLevel.length === 1 ? atLevel[0] : undefined;
}
