import { type Rule, finding, matchFindings } from "../types";

/**
 * Figures that lost part of themselves, usually when a site dropped characters:
 *  - a decimal with no integer part after a Chinese character (常住人口达.18万人);
 *  - a figure after a word of amount (达, 增长, 下降, 累计…) that ends its clause with no unit (常住人口达32018); a
 *    figure before 、 starts a list that shares one unit (拉动经济增长0.2、6.3和0.7个百分点) and is left alone.
 * Neither is ever written on purpose in a 公文: the figure must be checked against its source.
 */
const noInteger = /\p{Script=Han}(\.\d+)/gu;
const noUnit = /(?:达到?|增长|下降|提高|降低|增加|减少|共计|合计|总计|累计)(\d+(?:\.\d+)?)(?=$|[，。；！）])/g;

export const brokenFigure: Rule = {
  id: "broken-figure",
  title: "残缺的数字",
  titleEn: "Figures with parts missing",
  check: (input) =>
    matchFindings(input, [
      [
        noInteger,
        (m, p) => {
          const figure = m[1] ?? "";
          const start = m.index + m[0].length - figure.length;
          return finding("broken-figure", "error", p, start, start + figure.length, {
            zh: `“${figure}”缺少整数部分，疑为数字残缺：请按来源核对`,
            en: `“${figure}” has no integer part, so digits seem to be missing: check it against the source`,
          });
        },
      ],
      [
        noUnit,
        (m, p) => {
          const figure = m[1] ?? "";
          const start = m.index + m[0].length - figure.length;
          return finding("broken-figure", "error", p, start, start + figure.length, {
            zh: `“${m[0]}”后没有单位，疑为数字残缺或漏写单位：请按来源核对`,
            en: `“${m[0]}” has no unit, so the figure or its unit seems to be missing: check it against the source`,
          });
        },
      ],
    ]),
};
