/**
 * Periods of indicators and of the text around a placeholder. A period is a year and a month range
 * (2019年 = 2019, 1–12; 2020年1-5月 = 2020, 1–5). Relative words (去年, 今年, 上半年) resolve against the
 * document's year.
 */
export interface Period {
  year: number;
  from: number;
  to: number;
}

export const samePeriod = (a: Period, b: Period): boolean => a.year === b.year && a.from === b.from && a.to === b.to;
export const periodLabel = (p: Period): string =>
  p.from === 1 && p.to === 12 ? `${p.year}年` : p.from === p.to ? `${p.year}年${p.from}月` : `${p.year}年${p.from}-${p.to}月`;

const dash = "[-－—~～至到]";
const months = `(?:(\\d{1,2})${dash}(\\d{1,2})月|(\\d{1,2})月(?:份)?|(上半年|下半年|一季度|第一季度|前三季度|全年))`;
const yearWord = "(\\d{4})年|(今年|去年|前年|明年|上年|本年度?)";
const periodRe = new RegExp(`(?:${yearWord})(?:${months})?|${months}`, "g");

const relative: Record<string, number> = { 今年: 0, 本年: 0, 本年度: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1 };
const spans: Record<string, [number, number]> = {
  上半年: [1, 6],
  下半年: [7, 12],
  一季度: [1, 3],
  第一季度: [1, 3],
  前三季度: [1, 9],
  全年: [1, 12],
};

function fromMatch(m: RegExpExecArray, docYear: number | undefined): Period | undefined {
  const [, y, rel, a, b, single, named, a2, b2, single2, named2] = m;
  const year = y ? Number(y) : rel ? (docYear === undefined ? undefined : docYear + (relative[rel] ?? 0)) : docYear;
  if (year === undefined) return undefined;
  const from = a ?? a2 ?? single ?? single2;
  const to = b ?? b2 ?? single ?? single2;
  const name = named ?? named2;
  if (from && to) return { year, from: Number(from), to: Number(to) };
  if (name) {
    const [f, t] = spans[name] ?? [1, 12];
    return { year, from: f, to: t };
  }
  return { year, from: 1, to: 12 };
}

/** Parses a table's period cell (2019年, 2020年1-5月, 2020年上半年); undefined when empty or unreadable. */
export function parsePeriod(text: string, docYear?: number): Period | undefined {
  periodRe.lastIndex = 0;
  const m = periodRe.exec(text.replace(/\s/g, ""));
  return m ? fromMatch(m, docYear) : undefined;
}

/** The last period written in `text` before offset `before` (the placeholder), resolved against the document year. */
export function periodBefore(text: string, before: number, docYear: number | undefined): Period | undefined {
  periodRe.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  for (let m = periodRe.exec(text); m && m.index < before; m = periodRe.exec(text)) last = m;
  return last ? fromMatch(last, docYear) : undefined;
}

/**
 * The year a speech is given in: the latest year it names, plus one when it looks back on that year as past
 * (“过去的2019年”, “2019年工作成效显著” with no later year) — a speech reviewing 2019 is given in 2020.
 */
export function detectDocumentYear(paragraphs: readonly string[]): number | undefined {
  const text = paragraphs.join("\n");
  const years = [...text.matchAll(/(?<!\d)((?:19|20)\d{2})年/g)].map((m) => Number(m[1]));
  if (years.length === 0) return undefined;
  const max = Math.max(...years);
  const pastTense = new RegExp(`过去的${max}年|${max}年(?:以来|工作成效|取得|完成|，[^。]{0,20}圆满完成)`);
  return pastTense.test(text) && !new RegExp(`(?:推进|做好|谋划|今年)${max}年`).test(text) ? max + 1 : max;
}
