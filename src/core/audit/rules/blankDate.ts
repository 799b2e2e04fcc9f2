import { type Rule, finding, matchFindings } from "../types";

/**
 * A date whose month and day were left empty (2014年 月 日, ——年月日在…会议上): nothing is written between 年 and
 * 月 or between 月 and 日 but spaces, and the 年 follows a year's digits, a dash, a colon, a space or the line's start
 * (精确到年月日 speaks of dates and is left alone). Such a date would print as it stands.
 */
const blank = /(^|[\d—\-\s：:[（(【])年[ \u3000]*月[ \u3000]*日/g;

export const blankDate: Rule = {
  id: "blank-date",
  title: "未填写的日期",
  titleEn: "Dates left blank",
  check: (input) =>
    matchFindings(input, [
      [
        blank,
        // The character before 年 is part of the match (older Safari cannot parse a lookbehind): the date starts after it.
        (m, p) =>
          finding("blank-date", "error", p, m.index + (m[1] ?? "").length, m.index + m[0].length, {
            zh: "日期的月、日尚未填写：请写上实际日期",
            en: "The month and day of this date are not filled in: write the actual date",
          }),
      ],
    ]),
};
