import { type Finding, type Rule, finding } from "../types";

/** ，， 。。 、、 ；； ：： and mixed runs such as ，。 — but not the ellipsis …… or the dash ——. */
const doubled = /([，。、；：！？])(?:[，。、；：])+|([，、；：])[！？]/g;

export const doubledPunctuation: Rule = {
  id: "doubled-punctuation",
  title: "标点重复",
  check: (input) => {
    const out: Finding[] = [];
    for (const p of input.snapshot.paragraphs) {
      for (const m of p.text.matchAll(doubled)) out.push(finding("doubled-punctuation", "warning", p, m.index, m.index + m[0].length, `标点“${m[0]}”重复，请只保留一个`));
    }
    return out;
  },
};
