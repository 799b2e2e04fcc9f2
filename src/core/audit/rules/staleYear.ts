import { type Finding, type Rule, finding } from "../types";

const forward = /力争|确保|争取|预计|计划于|计划在|计划到|将于|要在|年底前|年前完成|到(?=\d{4}年)/;
const past = /了|已经|已|过去|去年|上年|以来|取得|完成了|实现了/;
const clauseBreak = /[，。；！？、]/g;
const isBreak = (c: string | undefined): boolean => c !== undefined && "，。；！？、".includes(c);
/** A year's four digits (not the tail of a longer number) before 年; the 年 is looked ahead at, so 2019年2020年 gives both. */
const yearRe = /(^|\D)((?:19|20)\d{2})(?=年)/g;

/**
 * The clause around each year in `text` (between ，。；！？、), found in one pass however many years a clause holds:
 * years come in order, so a year before the current clause's end shares its clause.
 */
function* yearsWithClauses(text: string): Generator<{ year: string; at: number; clause: string; fresh: boolean }> {
  let end = -1;
  let clause = "";
  yearRe.lastIndex = 0;
  for (let y = yearRe.exec(text); y; y = yearRe.exec(text)) {
    const at = y.index + (y[1] ?? "").length;
    const fresh = at >= end;
    if (fresh) {
      let start = at;
      const floor = end < 0 ? 0 : end + 1;
      while (start > floor && !isBreak(text[start - 1])) start -= 1;
      clauseBreak.lastIndex = at;
      end = clauseBreak.exec(text)?.index ?? text.length;
      clause = text.slice(start, end);
    }
    yield { year: `${y[2] ?? ""}年`, at, clause, fresh };
  }
}

/**
 * Years left over from an older draft: an explicit year before the document's year in a clause that looks forward
 * (“力争2020年底前完成” in a 2026 speech), and 今年 beside an explicit year that is not the document's year.
 */
export const staleYear: Rule = {
  id: "stale-year",
  title: "过期的年份",
  titleEn: "Out-of-date years",
  check: (input) => {
    const out: Finding[] = [];
    const year = input.docYear;
    if (year === undefined) return out;
    for (const p of input.snapshot.paragraphs) {
      let looksAhead = false;
      let saysThisYear = false;
      for (const { year: y, at, clause, fresh } of yearsWithClauses(p.text)) {
        // Each clause is tested once, whatever the number of years it holds.
        if (fresh) {
          looksAhead = forward.test(clause) && !past.test(clause);
          saysThisYear = clause.includes("今年");
        }
        const n = Number(y.slice(0, 4));
        const start = at;
        const end = start + y.length;
        if (n < year && looksAhead) {
          out.push(
            finding("stale-year", "warning", p, start, end, {
              zh: `“${y}”早于文档年份 ${year} 年，却用于部署安排，疑为旧稿遗留：请核对`,
              en: `“${y}” is earlier than the document's year ${year} but used for plans ahead, probably left from an old draft: check it`,
            }),
          );
        } else if (n !== year && saysThisYear) {
          out.push(
            finding("stale-year", "warning", p, start, end, {
              zh: `同一句中“今年”与“${y}”不一致（文档年份 ${year} 年）：请核对`,
              en: `“今年” (this year) and “${y}” disagree in one clause (document year ${year}): check it`,
            }),
          );
        }
      }
    }
    return out;
  },
};
