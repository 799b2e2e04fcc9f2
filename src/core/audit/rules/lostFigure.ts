import { type Rule, finding, matchFindings } from "../types";

/**
 * Figures a page lost, leaving the words around them:
 *  - an ordinal with no number (第次会议, 第届, 第号): 第 is never followed by its counter directly;
 *  - a date whose 年 and 月 were dropped (202338日 for 2023年3月8日): five or more digits before 日;
 *  - a space where a figure stood before a unit of count (使全镇 个行政村, 共 人): a space after a Chinese character or a
 *    comma, right before 个, 人, 家, 项, 名 or 所 followed by more Chinese.
 * None is ever written on purpose in a 公文; the figure must be restored from the source.
 */
const ordinal = /第(?=[次届号期批轮])/g;
// Written without lookbehind (older Safari): the character before is matched and skipped.
const gluedDate = /(^|[^\d年月])((?:19|20)\d{3,4}日)/g;
const spaceForFigure = /([\p{Script=Han}，、）])([ \u3000\u00a0]+)(?=[个人家项名所][\p{Script=Han}，。、；])/gu;

export const lostFigure: Rule = {
  id: "lost-figure",
  title: "丢失的数字",
  titleEn: "Figures lost from the text",
  check: (input) =>
    matchFindings(input, [
      [
        ordinal,
        (m, p) =>
          finding("lost-figure", "error", p, m.index, m.index + 2, {
            zh: "“第”后缺少序数（如“第十八届”“第二次”）：请按原文补上",
            en: "The ordinal number after 第 is missing (第十八届, 第二次): restore it from the source",
          }),
      ],
      [
        gluedDate,
        (m, p) => {
          const date = m[2] ?? "";
          const start = m.index + (m[1] ?? "").length;
          return finding("lost-figure", "error", p, start, start + date.length, {
            zh: `“${date}”缺少“年”“月”，日期残缺：请写成“2023年3月8日”的形式`,
            en: `“${date}” has lost its 年 and 月: write the date in full (2023年3月8日)`,
          });
        },
      ],
      [
        spaceForFigure,
        (m, p) =>
          finding("lost-figure", "error", p, m.index + 1, m.index + m[0].length, {
            zh: "量词前只有空格，数字缺失：请补上数字",
            en: "Only a space stands before the measure word: the figure is missing, fill it in",
          }),
      ],
    ]),
};
