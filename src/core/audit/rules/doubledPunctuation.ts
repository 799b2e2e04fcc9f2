import { type Rule, finding, matchFindings } from "../types";

/** ，， 。。 、、 ；； ：： and mixed runs such as ，。 — but not the ellipsis …… or the dash ——. */
const doubled = /([，。、；：！？])(?:[，。、；：])+|([，、；：])[！？]/g;

export const doubledPunctuation: Rule = {
  id: "doubled-punctuation",
  title: "标点重复",
  check: (input) =>
    matchFindings(input, [[doubled, (m, p) => finding("doubled-punctuation", "warning", p, m.index, m.index + m[0].length, `标点“${m[0]}”重复，请只保留一个`)]]),
};
