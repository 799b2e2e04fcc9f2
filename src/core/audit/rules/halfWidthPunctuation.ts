import { type Rule, finding, matchFindings } from "../types";

const fullWidth: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）" };
/** A half-width mark with Chinese on both sides (digits and Latin text keep theirs: 3.5, a,b). */
const halfWidth = /(?<=\p{Script=Han})[,;:?!()](?=\p{Script=Han})/gu;

/** A half-width full stop between Chinese characters: a typing slip, or a character a site inserted against copying. */
const strayDot = /(?<=\p{Script=Han})\.(?=\p{Script=Han})/gu;

export const halfWidthPunctuation: Rule = {
  id: "half-width-punctuation",
  title: "中文中的半角标点",
  titleEn: "Half-width punctuation in Chinese text",
  check: (input) =>
    matchFindings(input, [
      [halfWidth, (m, p) => finding("half-width-punctuation", "warning", p, m.index, m.index + 1, { zh: `中文之间用了半角“${m[0]}”，应为全角“${fullWidth[m[0]] ?? m[0]}”`, en: `Half-width “${m[0]}” between Chinese characters: use the full-width “${fullWidth[m[0]] ?? m[0]}”` })],
      [
        strayDot,
        (m, p) =>
          finding("half-width-punctuation", "warning", p, m.index, m.index + 1, {
            zh: "汉字之间夹着半角“.”，疑为误录入或网站插入的防复制字符：请删除，或改为“。”",
            en: "A half-width “.” between Chinese characters, a typing slip or a character a site inserted against copying: delete it, or use “。”",
          }),
      ],
    ]),
};
