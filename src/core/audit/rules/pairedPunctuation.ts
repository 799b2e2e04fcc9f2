import { type Finding, type Rule, finding } from "../types";

const pairs: [string, string][] = [["“", "”"], ["‘", "’"], ["《", "》"], ["（", "）"], ["【", "】"], ["(", ")"], ["[", "]"]];
const closeOf = new Map(pairs);
const openOf = new Map(pairs.map(([o, c]) => [c, o]));
/** Only these characters matter: the paragraph is searched for them instead of read character by character. */
const marks = /[“”‘’《》（）【】()[\]]/g;

/**
 * Paired punctuation that does not close (or closes what was never opened) within a paragraph. A quotation that runs
 * over several paragraphs opens each one with “ and closes only the last — the Chinese convention — and is accepted.
 */
export const pairedPunctuation: Rule = {
  id: "paired-punctuation",
  title: "成对标点不配对",
  titleEn: "Unbalanced paired punctuation",
  check: (input) => {
    const out: Finding[] = [];
    const ps = input.snapshot.paragraphs;
    ps.forEach((p, i) => {
      const stack: { c: string; at: number }[] = [];
      marks.lastIndex = 0;
      for (let m = marks.exec(p.text); m; m = marks.exec(p.text)) {
        const c = m[0];
        const k = m.index;
        if (closeOf.has(c)) stack.push({ c, at: k });
        else if (openOf.has(c)) {
          const top = stack[stack.length - 1];
          if (top && top.c === openOf.get(c)) stack.pop();
          else out.push(finding("paired-punctuation", "error", p, k, k + 1, { zh: `“${c}”前面没有对应的“${openOf.get(c) ?? ""}”`, en: `“${c}” has no matching “${openOf.get(c) ?? ""}” before it` }));
        }
      }
      const next = ps[i + 1];
      const nextOpensQuote = next !== undefined && next.part.kind === p.part.kind && /^\s*“/.test(next.text);
      for (const open of stack) {
        const continued = open.c === "“" && nextOpensQuote;
        if (!continued) out.push(finding("paired-punctuation", "error", p, open.at, open.at + 1, { zh: `“${open.c}”没有对应的“${closeOf.get(open.c) ?? ""}”`, en: `“${open.c}” is never closed by “${closeOf.get(open.c) ?? ""}”` }));
      }
    });
    return out;
  },
};
