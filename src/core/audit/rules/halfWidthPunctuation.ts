import { type Rule, finding, matchFindings } from "../types";

const fullWidth: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）" };
/**
 * A half-width mark with Chinese on both sides (digits and Latin text keep theirs: 3.5, a,b). The Chinese character
 * before it is part of the match (older Safari cannot parse a lookbehind); the mark is the match's last character.
 */
const halfWidth = /\p{Script=Han}[,;:?!()](?=\p{Script=Han})/gu;

/** A half-width full stop between Chinese characters: a typing slip, or a character a site inserted against copying. */
const strayDot = /\p{Script=Han}\.(?=\p{Script=Han})/gu;

/** A half-width quotation mark between Chinese characters (祭月的'风俗): Chinese quotes are “” and ‘’, in pairs. */
const strayQuote = /\p{Script=Han}['"](?=\p{Script=Han})/gu;

/** The offset of the mark: the last character of a match that starts with the Chinese character before it. */
const markAt = (m: RegExpMatchArray & { index: number }): number => m.index + m[0].length - 1;

export const halfWidthPunctuation: Rule = {
  id: "half-width-punctuation",
  title: "中文中的半角标点",
  titleEn: "Half-width punctuation in Chinese text",
  check: (input) =>
    matchFindings(input, [
      [
        halfWidth,
        (m, p) => {
          const mark = m[0].slice(-1);
          return finding("half-width-punctuation", "warning", p, markAt(m), markAt(m) + 1, { zh: `中文之间用了半角“${mark}”，应为全角“${fullWidth[mark] ?? mark}”`, en: `Half-width “${mark}” between Chinese characters: use the full-width “${fullWidth[mark] ?? mark}”` });
        },
      ],
      [
        strayDot,
        (m, p) =>
          finding("half-width-punctuation", "warning", p, markAt(m), markAt(m) + 1, {
            zh: "汉字之间夹着半角“.”，疑为误录入或网站插入的防复制字符：请删除，或改为“。”",
            en: "A half-width “.” between Chinese characters, a typing slip or a character a site inserted against copying: delete it, or use “。”",
          }),
      ],
      [
        strayQuote,
        (m, p) =>
          finding("half-width-punctuation", "warning", p, markAt(m), markAt(m) + 1, {
            zh: `汉字之间夹着半角引号“${m[0].slice(-1)}”：中文引号应成对使用“”或‘’，多余的请删除`,
            en: `A half-width quotation mark (${m[0].slice(-1)}) between Chinese characters: Chinese quotes come in pairs (“” or ‘’); delete a stray one`,
          }),
      ],
    ]),
};
