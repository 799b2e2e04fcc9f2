import { type Finding, type Rule, finding } from "../types";

/**
 * A year written in Chinese numerals with the letter O or the digit 0 standing for 〇 (二OO八年, 二0二三年). The
 * letter and the digit look alike on screen but print in another font and width; 公文 write the year 二〇〇八年 or
 * 2008年. Only the four characters before a 年 are read, and only when they mix Chinese numerals with O or 0 and no
 * longer number runs into them.
 */
const yearChars = /^[一二三四五六七八九〇零OoＯｏ0０]{4}$/;
const han = /[一二三四五六七八九〇零]/;
const zeroLike = /[OoＯｏ0０]/;
/** A character that makes the run part of a longer number or word. */
const numberBefore = /[一二三四五六七八九〇零OoＯｏ0-9０-９A-Za-z]/;

export const numeralYear: Rule = {
  id: "numeral-year",
  title: "年份中的“〇”写错",
  titleEn: "Wrong zero in a year written in Chinese numerals",
  check: (input) => {
    const out: Finding[] = [];
    for (const p of input.snapshot.paragraphs) {
      for (let at = p.text.indexOf("年", 4); at >= 0; at = p.text.indexOf("年", at + 1)) {
        const text = p.text.slice(at - 4, at);
        if (!yearChars.test(text) || !han.test(text) || !zeroLike.test(text) || numberBefore.test(p.text[at - 5] ?? "")) continue;
        const fixed = text.replace(/[OoＯｏ0０]/g, "〇");
        out.push(finding("numeral-year", "error", p, at - 4, at, {
          zh: `年份“${text}年”中的“O”或“0”不是汉字“〇”：请改为“${fixed}年”`,
          en: `The year “${text}年” uses the letter O or the digit 0 for the numeral “〇”: write “${fixed}年”`,
        }));
      }
    }
    return out;
  },
};
