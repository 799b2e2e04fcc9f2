import { type Finding, type Rule, bodyText, finding } from "../types";

/**
 * A sentence-long paragraph printed a second time further down (a page that repeated its first paragraphs, a paste
 * made twice). A 公文 does not say the same paragraph twice; the later copy is the one to delete. Only paragraphs
 * with a comma or a full stop and at least 20 characters start a repeat: headings, salutations and refrains (同志们：,
 * ……（完）, 请获奖单位上台领奖。) may come back. Around such a copy, the lines that repeat the lines around the first
 * copy, in the same order, belong to the same pasted block and are reported with it (a title or a short 下面，我讲三点
 * 意见。 printed again with the paragraphs).
 */
const MIN = 20;
const fullWidth: Record<string, string> = { ",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）" };
/**
 * A paragraph is compared without its spaces and with half-width punctuation read as full-width: a second paste
 * through another tool may differ there only.
 */
const key = (text: string): string => text.replace(/\s+/g, "").replace(/[,;:!?()]/g, (c) => fullWidth[c] ?? c);
const sentence = /[，。；！？]/;

export const repeatedParagraph: Rule = {
  id: "repeated-paragraph",
  title: "段落重复出现",
  titleEn: "Paragraph repeated",
  check: (input) => {
    const body = bodyText(input).filter((p) => p.text.trim().length > 0);
    const texts = body.map((p) => key(p.text));
    const first = new Map<string, number>();
    /** for each repeated line (its place in `body`), the place of its first copy */
    const copyOf = new Map<number, number>();
    texts.forEach((t, i) => {
      if (t.length < MIN || !sentence.test(t)) return;
      const earlier = first.get(t);
      if (earlier === undefined) first.set(t, i);
      else copyOf.set(i, earlier);
    });
    // Grow each repeat over its neighbours while they repeat the neighbours of the first copy.
    for (const [i, e] of [...copyOf]) {
      for (const step of [-1, 1]) {
        for (let k = i + step, f = e + step; k >= 0 && k < texts.length && f >= 0 && f !== i && !copyOf.has(k) && texts[k] === texts[f]; k += step, f += step) copyOf.set(k, f);
      }
    }
    const out: Finding[] = [];
    for (const [i, e] of [...copyOf].sort((a, b) => a[0] - b[0])) {
      const p = body[i];
      const earlier = body[e];
      if (!p || !earlier) continue;
      out.push(
        finding("repeated-paragraph", "error", p, 0, p.text.length, {
          zh: `本段与第 ${earlier.index + 1} 段完全相同，是重复粘贴的：请删去这一遍`,
          en: `This paragraph is the same as paragraph ${earlier.index + 1}, pasted twice: delete this copy`,
        }),
      );
    }
    return out;
  },
};
