import { type Finding, type Rule, finding } from "../types";

/**
 * A paragraph that opens with a mark no sentence can open with (， 、 。 ； ： ！ ？): the number or the words before it
 * were lost — typically a list whose numbers a page stripped (“、树立…意识”).
 */
const broken = /^\s*[，、。；：！？,;]/;

export const leadingPunctuation: Rule = {
  id: "leading-punctuation",
  title: "段首残缺",
  titleEn: "Paragraphs that begin mid-sentence",
  check: (input) => {
    const out: Finding[] = [];
    for (const p of input.snapshot.paragraphs) {
      const m = broken.exec(p.text);
      if (!m) continue;
      out.push(
        finding("leading-punctuation", "error", p, m[0].length - 1, m[0].length, {
          zh: `段落以“${m[0].trim()}”开头，前面的序号或文字疑已丢失：请补上`,
          en: `The paragraph begins with “${m[0].trim()}”: the number or words before it seem lost; restore them`,
        }),
      );
    }
    return out;
  },
};
