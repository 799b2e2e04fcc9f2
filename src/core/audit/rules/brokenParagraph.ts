import { type Finding, type Rule, bodyText, finding } from "../types";

/**
 * A paragraph that stops at a comma or an enumeration comma (一方面，中央和省市县要求很严，): a converted file or a
 * web page broke the sentence across two paragraphs. No paragraph of a 公文 ends there; a short salutation
 * (亲爱的同学们，) may, and is left alone.
 */
const openEnd = /[，、,]\s*$/;
const MIN = 12;

export const brokenParagraph: Rule = {
  id: "broken-paragraph",
  title: "段落在句中断开",
  titleEn: "Paragraph broken mid-sentence",
  check: (input) => {
    const out: Finding[] = [];
    for (const p of bodyText(input)) {
      const t = p.text.trim();
      if (t.length < MIN || !openEnd.test(t)) continue;
      out.push(finding("broken-paragraph", "warning", p, 0, p.text.length, {
        zh: "本段以逗号结尾，句子被断成了两段：请与下一段合并",
        en: "This paragraph ends with a comma, so a sentence was broken across two paragraphs: join it with the next one",
      }));
    }
    return out;
  },
};
