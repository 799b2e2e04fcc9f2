import type { DocParagraph } from "../../document/snapshot";
import { type Finding, type Rule, bodyText, finding } from "../types";
import { levels } from "./numbering";
import { isSiteLine } from "./siteLine";

/**
 * A table of contents or outline (目录, 提纲) pasted above the text: before the first sentence of the text (the site's
 * own lines aside), a run of two or more numbered headings with nothing between them, each of which comes again later
 * as a heading of the text. Lists further down (two samples of one notice on a page) are not outlines. Headings are compared without the dot
 * leaders and page numbers a contents page adds (一、总体要求……3). A run whose headings do not all recur is a real
 * heading followed by its first subheading, and is left alone.
 */
const numbered = levels.filter((l) => l.heading).map((l) => new RegExp(l.re.source, l.re.flags.replace("g", "")));
const MAX = 60;

/** The heading's words for comparison, or undefined when the paragraph is not a short numbered heading. */
function headingKey(p: DocParagraph): string | undefined {
  const t = p.text.trim();
  if (t.length > MAX || /[。；]/.test(t) || !numbered.some((re) => re.test(t))) return undefined;
  return t.replace(/[\s.．…·—-]*\d*$/, "").replace(/\s+/g, "");
}

export const pastedOutline: Rule = {
  id: "pasted-outline",
  title: "粘贴进来的目录或提纲",
  titleEn: "Pasted table of contents or outline",
  check: (input) => {
    const paragraphs = bodyText(input);
    const keys = paragraphs.map(headingKey);
    /** for each heading key, the index of its last occurrence */
    const last = new Map<string, number>();
    keys.forEach((k, i) => {
      if (k) last.set(k, i);
    });
    const out: Finding[] = [];
    const firstSentence = paragraphs.findIndex((p) => /[。！？]\s*$/.test(p.text) && !isSiteLine(p));
    const top = firstSentence < 0 ? keys.length : firstSentence;
    let i = 0;
    while (i < top) {
      let j = i;
      while (j < top && keys[j] !== undefined) j += 1;
      const run = keys.slice(i, j);
      // Every heading of the run recurs after the run ends.
      if (run.length >= 2 && run.every((k) => (last.get(k ?? "") ?? -1) >= j)) {
        for (let k = i; k < j; k += 1) {
          const p = paragraphs[k] as DocParagraph;
          out.push(
            finding("pasted-outline", "error", p, 0, p.text.length, {
              zh: "粘贴进来的目录或提纲行，正文中已有同一标题：请删除",
              en: "A line of a pasted table of contents or outline; the same heading comes again in the text: delete it",
            }),
          );
        }
      }
      i = Math.max(j, i + 1);
    }
    return out;
  },
};
