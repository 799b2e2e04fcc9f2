import { type Rule, finding, matchFindings } from "../types";

/** ，， 。。 、、 ；； ：： and mixed runs such as ，。 — but not the ellipsis …… or the dash ——. */
const doubled = /([，。、；：！？])(?:[，。、；：])+|([，、；：])[！？]/g;

export const doubledPunctuation: Rule = {
  id: "doubled-punctuation",
  title: "标点重复",
  titleEn: "Doubled punctuation",
  check: (input) =>
    matchFindings(input, [[doubled, (m, p) => finding("doubled-punctuation", "warning", p, m.index, m.index + m[0].length, { zh: `标点“${m[0]}”重复，请只保留一个`, en: `Punctuation “${m[0]}” is doubled: keep only one mark` })]]),
};
