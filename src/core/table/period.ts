/**
 * Periods of indicators and of the text around a placeholder. A period is a year and a month range
 * (2019年 = 2019, 1–12; 2020年1-5月 = 2020, 1–5) — a flow over those months — or, for 6月末, 6月底, 截至6月底, 年末,
 * a point: the stock at the end of a month (point: true, from = to = that month). Relative words (去年, 今年) resolve
 * against the document's year; a period naming no year (上半年, 1-6月) takes the year of its context.
 */
export interface Period {
  year: number;
  from: number;
  to: number;
  /** a stock at the end of month `to`, not a flow over the months */
  point?: true;
  /** 截至4月中旬: a point inside month `to` (1 上旬, 2 中旬, 3 下旬), not its end */
  tenth?: 1 | 2 | 3;
}

export const samePeriod = (a: Period, b: Period): boolean => a.year === b.year && a.from === b.from && a.to === b.to && !a.point === !b.point && a.tenth === b.tenth;
const tenths = ["", "上旬", "中旬", "下旬"];
export const periodLabel = (p: Period): string => {
  if (p.tenth) return `${p.year}年${p.to}月${tenths[p.tenth] as string}`;
  if (p.point) return p.to === 12 ? `${p.year}年末` : `${p.year}年${p.to}月末`;
  return p.from === 1 && p.to === 12 ? `${p.year}年` : p.from === p.to ? `${p.year}年${p.from}月` : `${p.year}年${p.from}-${p.to}月`;
};

const dash = "[-－—–~～至到]";
const end = "(?:末|底)";
// Groups: range from/to, single month, its 末/底, named span.
const months = `(?:(\\d{1,2})月?${dash}(\\d{1,2})月(?:份)?|(\\d{1,2})月(?:份)?(${end}|上旬|中旬|下旬)?|(上半年|下半年|第一季度末|一季度末|第一季度|一季度|第二季度|二季度|第三季度|三季度末|三季度|第四季度|四季度|前三季度|全年))`;
// Groups: year digits, relative year, year-end.
const yearWord = `(?:(\\d{4})年|(今年|去年|前年|明年|上年|本年度?|过去的?一年))(?:(${end})(?!\\d))?`;
const periodRe = new RegExp(`(截至|截止到?|到)?(?:${yearWord}(?:${months})?|${months})`, "g");
// 比上年, 较去年同期, 比一季度回升, 较1-5月提高, 由2021年的…调整为: a period compared with (or started from) is not
// the period of the figure. Checked on the character before a match rather than by lookbehind (older Safari).
const comparedWith = /[比较同与由]/;
const comparedList = /[比较](?:(?:\d{4}年)?(?:第?[一二三四]季度|上半年|前三季度|\d{1,2}(?:[-－—~～至到]\d{1,2})?月份?)[和、及与])+$/;

/** The next period written in text from periodRe.lastIndex on, skipping one that follows 比/较/同/与/由. */
function nextPeriod(text: string): RegExpExecArray | null {
  for (let m = periodRe.exec(text); m; m = periodRe.exec(text)) {
    // 政策延续实施至2024年底: a deadline (至 + a time, not 截至) says until when something runs, not what period a
    // figure is of.
    // 2019年至2024年 is a range, not a deadline.
    const deadline = m[1] === undefined && text[m.index - 1] === "至" && !/[截止年月日度]/.test(text[m.index - 2] ?? "");
    // 增速较一季度和1-5月分别提高: a period listed after a compared one is compared too.
    const listedCompared = /[和、及与]$/.test(text.slice(0, m.index)) && comparedList.test(text.slice(Math.max(0, m.index - 16), m.index));
    // 超市于6月20日正式开业: a day of a month, written without a year or 截至, dates an event; it is not the period of
    // the figures around it.
    // 按2020年不变价格计算, 以2020年为基期: the base year of a price index, not the period of the figure.
    const baseYear = /[按以]$/.test(text.slice(Math.max(0, m.index - 1), m.index)) && /^(?:不变价|可比价|价格|为基)/.test(text.slice(m.index + m[0].length));
    const eventDay = m[12] !== undefined && m[13] === undefined && m[1] === undefined && /^\d{1,2}[日号]/.test(text.slice(m.index + m[0].length));
    if (m[0] !== "" && !comparedWith.test(text[m.index - 1] ?? "") && !deadline && !listedCompared && !eventDay && !baseYear) return m;
    // Past the whole period skipped: 较1-5月 must not leave 5月 to be read as a period of its own.
    periodRe.lastIndex = m.index + Math.max(1, m[0].length);
  }
  return null;
}

const relative: Record<string, number> = { 今年: 0, 本年: 0, 本年度: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1, 过去一年: -1, 过去的一年: -1 };
const spans: Record<string, [number, number, boolean?]> = {
  上半年: [1, 6],
  下半年: [7, 12],
  一季度: [1, 3],
  第一季度: [1, 3],
  一季度末: [3, 3, true],
  第一季度末: [3, 3, true],
  前三季度: [1, 9],
  第二季度: [4, 6],
  二季度: [4, 6],
  第三季度: [7, 9],
  三季度: [7, 9],
  第四季度: [10, 12],
  四季度: [10, 12],
  三季度末: [9, 9, true],
  全年: [1, 12],
};

export interface YearBasis {
  /** the document's year, for 今年/去年 */
  docYear: number | undefined;
  /** the year of the context (a paragraph or heading naming one), for a period written without a year */
  contextYear?: number | undefined;
}

function fromMatch(m: RegExpExecArray, basis: YearBasis): Period | undefined {
  const [, until, y, rel, yearEnd, a, b, single, singleEnd, named, a2, b2, single2, singleEnd2, named2] = m;
  const explicit = y !== undefined || rel !== undefined;
  // A period naming no year, with no year known around it, keeps year 0: it matches only a row naming no year either.
  const year = y ? Number(y) : rel ? (basis.docYear === undefined ? undefined : basis.docYear + (relative[rel] ?? 0)) : (basis.contextYear ?? basis.docYear ?? 0);
  if (year === undefined) return undefined;
  const from = a ?? a2;
  const to = b ?? b2;
  const month = single ?? single2;
  const name = named ?? named2;
  if (from && to) return { year, from: Number(from), to: Number(to) };
  if (month) {
    const mm = Number(month);
    const tenth = tenths.indexOf(singleEnd ?? singleEnd2 ?? "");
    // 4月中旬: the stock (or the count so far) at that point inside April, whether or not 截至 is written.
    if (tenth > 0) return { year, from: mm, to: mm, point: true, tenth: tenth as 1 | 2 | 3 };
    // 截至6月, 6月末, 6月底: the stock at the end of June; a bare 6月 is the month's flow.
    return singleEnd || singleEnd2 || until ? { year, from: mm, to: mm, point: true } : { year, from: mm, to: mm };
  }
  if (name) {
    const [f, t, point] = spans[name] ?? [1, 12];
    return point ? { year, from: f, to: t, point: true } : { year, from: f, to: t };
  }
  if (!explicit) return undefined;
  return yearEnd ? { year, from: 12, to: 12, point: true } : { year, from: 1, to: 12 };
}

const basisOf = (b: number | undefined | YearBasis): YearBasis => (typeof b === "object" ? b : { docYear: b });

/**
 * 2023年春节期间: a year followed by a span inside it that the grammar has no months for (a festival, a season) says
 * only the year, not that the figure is the whole year's. The year still gives later periods their year.
 */
const insideYear = /^(?:春节|春运|元旦|国庆|中秋|五一|端午|清明|汛期|暑期|寒假|暑假|冬季|夏季|春季|秋季)/;
const withinYear = (text: string, m: RegExpExecArray): boolean =>
  m[2] !== undefined && m[4] === undefined && m.slice(5, 10).every((g) => g === undefined) && insideYear.test(text.slice(m.index + m[0].length));

/** 2021年，全年全县地区生产总值…: a year written in digits is the context of the yearless periods after it in the same text. */
const withWrittenYear = (basis: YearBasis, m: RegExpExecArray): YearBasis => (m[2] ? { ...basis, contextYear: Number(m[2]) } : basis);

/** Parses a table's period cell (2019年, 2020年1-5月, 2020年上半年, 2020年6月末); undefined when empty or unreadable. */
export function parsePeriod(text: string, docYear?: number | YearBasis): Period | undefined {
  periodRe.lastIndex = 0;
  const clean = text.replace(/\s/g, "");
  for (let m = nextPeriod(clean); m; m = nextPeriod(clean)) {
    const p = fromMatch(m, basisOf(docYear));
    if (p) return p;
  }
  return undefined;
}

/** The last period written in `text` before offset `before` (the placeholder), resolved against the document year. */
export function periodBefore(text: string, before: number, docYear: number | undefined | YearBasis): Period | undefined {
  periodRe.lastIndex = 0;
  let last: Period | undefined;
  let basis = basisOf(docYear);
  for (let m = nextPeriod(text); m && m.index < before; m = nextPeriod(text)) {
    if (m.index + m[0].length > before) break;
    if (!withinYear(text, m)) last = fromMatch(m, basis) ?? last;
    basis = withWrittenYear(basis, m);
  }
  return last;
}

/**
 * Every period written in `text`, in order, with the offset each ends at. For any offset b, periodBefore(text, b) is
 * the last of these ending at or before b (lastPeriodBefore): a paragraph's periods are read once for all its
 * placeholders instead of from its start for each.
 */
export function periodsIn(text: string, docYear: number | undefined | YearBasis): PeriodAt[] {
  periodRe.lastIndex = 0;
  const out: PeriodAt[] = [];
  let basis = basisOf(docYear);
  for (let m = nextPeriod(text); m; m = nextPeriod(text)) {
    const period = withinYear(text, m) ? undefined : fromMatch(m, basis);
    if (period) out.push({ end: m.index + m[0].length, period });
    basis = withWrittenYear(basis, m);
  }
  return out;
}

export interface PeriodAt {
  end: number;
  period: Period;
}

/** The last of `periods` (in text order, from periodsIn) ending at or before `before`, by binary search. */
export const lastPeriodBefore = (periods: readonly PeriodAt[], before: number): Period | undefined => lastPeriodAtBefore(periods, before)?.period;

/** lastPeriodBefore, with where that period ends. */
export function lastPeriodAtBefore(periods: readonly PeriodAt[], before: number): PeriodAt | undefined {
  let lo = 0;
  let hi = periods.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((periods[mid] as PeriodAt).end <= before) lo = mid + 1;
    else hi = mid;
  }
  return periods[lo - 1];
}

/**
 * Whether a row's period is the period the text speaks of. A stock at the end of a month is the row for that point,
 * or the year-to-date flow (截至6月底 新增就业 = 1-6月); a flow over months (上半年, 1-6月) is never a stock, except
 * that a whole year (2025年) is read by its year-end stock (2025年末常住人口).
 */
export function periodFits(text: Period, row: Period): boolean {
  if (text.year !== row.year) return false;
  // A point inside a month is that point only (4月中旬 is neither 4月末 nor 1-4月).
  if (text.tenth || row.tenth) return text.tenth === row.tenth && text.to === row.to;
  if (!!text.point === !!row.point) return text.from === row.from && text.to === row.to;
  if (text.point) return row.from === 1 && row.to === text.to;
  return text.from === 1 && text.to === 12 && row.to === 12;
}

/** The kind of figure a period holds, for messages: a stock at a point or a flow over months. */
export const periodKind = (p: Period): "stock" | "flow" => (p.point ? "stock" : "flow");

/**
 * The year a speech is given in: the latest year it names, plus one when it looks back on that year as past
 * (“过去的2019年”, “2019年工作成效显著” with no later year) — a speech reviewing 2019 is given in 2020.
 */
export function detectDocumentYear(paragraphs: readonly string[]): number | undefined {
  const text = paragraphs.join("\n");
  const years = [...text.matchAll(/(\d+)年/g)].map((m) => m[1] as string).filter((y) => /^(?:19|20)\d{2}$/.test(y)).map(Number);
  if (years.length === 0) return undefined;
  const max = Math.max(...years);
  const pastTense = new RegExp(`过去的${max}年|${max}年(?:以来|工作成效|取得|完成|，[^。]{0,20}圆满完成)`);
  return pastTense.test(text) && !new RegExp(`(?:推进|做好|谋划|今年)${max}年`).test(text) ? max + 1 : max;
}
