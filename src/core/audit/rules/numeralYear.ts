import { type Pattern, type Rule, finding, matchFindings } from "../types";

/**
 * A year written in Chinese numerals with the letter O or the digit 0 standing for 〇 (二OO八年, 二0二三年). The
 * letter and the digit look alike on screen but print in another font and width; 公文 write the year 二〇〇八年 or
 * 2008年. Only a run of four year characters before 年 that mixes Chinese numerals with O or 0 is read.
 */
const year = /[一二三四五六七八九〇零OoＯｏ0０]{4}(?=年)/g;
/** A character that makes the run part of a longer number (written without lookbehind, which older Safari lacks). */
const numberBefore = /[一二三四五六七八九〇零OoＯｏ0-9０-９A-Za-z]/;
const han = /[一二三四五六七八九〇零]/;
const zeroLike = /[OoＯｏ0０]/;

const wrongZero: Pattern = [
  year,
  (m, p) => {
    const text = m[0];
    if (!han.test(text) || !zeroLike.test(text) || numberBefore.test(p.text[m.index - 1] ?? "")) return undefined;
    const fixed = text.replace(/[OoＯｏ0０]/g, "〇");
    return finding("numeral-year", "error", p, m.index, m.index + text.length, {
      zh: `年份“${text}年”中的“O”或“0”不是汉字“〇”：请改为“${fixed}年”`,
      en: `The year “${text}年” uses the letter O or the digit 0 for the numeral “〇”: write “${fixed}年”`,
    });
  },
];

export const numeralYear: Rule = {
  id: "numeral-year",
  title: "年份中的“〇”写错",
  titleEn: "Wrong zero in a year written in Chinese numerals",
  check: (input) => matchFindings(input, [wrongZero]),
};
