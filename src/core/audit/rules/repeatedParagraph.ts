import { type Finding, type Rule, bodyText, finding } from "../types";

/**
 * A sentence-long paragraph printed a second time further down (a page that repeated its first paragraphs, a paste
 * made twice). A 公文 does not say the same paragraph twice; the later copy is the one to delete. Only paragraphs
 * with a comma or a full stop and at least 20 characters count: headings, salutations and refrains (同志们：,
 * ……（完）, 请获奖单位上台领奖。) may come back. A repeat right below its copy is left to rules/doubledLine's kind of
 * check and reported here too.
 */
const MIN = 20;
const sentence = /[，。；！？]/;

export const repeatedParagraph: Rule = {
  id: "repeated-paragraph",
  title: "段落重复出现",
  titleEn: "Paragraph repeated",
  check: (input) => {
    const out: Finding[] = [];
    const first = new Map<string, number>();
    for (const p of bodyText(input)) {
      const t = p.text.trim();
      if (t.length < MIN || !sentence.test(t)) continue;
      const earlier = first.get(t);
      if (earlier === undefined) {
        first.set(t, p.index);
        continue;
      }
      out.push(
        finding("repeated-paragraph", "error", p, 0, p.text.length, {
          zh: `本段与第 ${earlier + 1} 段完全相同，是重复粘贴的：请删去这一遍`,
          en: `This paragraph is the same as paragraph ${earlier + 1}, pasted twice: delete this copy`,
        }),
      );
    }
    return out;
  },
};
