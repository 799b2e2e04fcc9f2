import { type Finding, type Rule, finding } from "../types";

/**
 * A paragraph that is one text written twice (项目四商务会议通知项目四商务会议通知), with at most spaces between
 * the copies: a page header or a paste repeated. Six characters at least, so that 谢谢！谢谢！ and the like stay.
 */
const MIN = 6;

function halfOf(text: string): string | undefined {
  const t = text.trim();
  for (const gap of [0, 1]) {
    const n = (t.length - gap) / 2;
    if (!Number.isInteger(n) || n < MIN) continue;
    const first = t.slice(0, n);
    const middle = t.slice(n, n + gap);
    if (/^\s*$/.test(middle) && t.slice(n + gap) === first && !/^\s|\s$/.test(first)) return first;
  }
  return undefined;
}

export const doubledLine: Rule = {
  id: "doubled-line",
  title: "整段重复",
  titleEn: "Paragraph written twice",
  check: (input) => {
    const out: Finding[] = [];
    for (const p of input.snapshot.paragraphs) {
      const half = halfOf(p.text);
      if (half === undefined) continue;
      out.push(
        finding("doubled-line", "error", p, 0, p.text.length, {
          zh: `本段是“${half.slice(0, 20)}”连写两遍：请删去重复的一遍`,
          en: `This paragraph is “${half.slice(0, 20)}” written twice: delete one copy`,
        }),
      );
    }
    return out;
  },
};
