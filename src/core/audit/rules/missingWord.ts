import { type Rule, finding, matchFindings } from "../types";

/**
 * A conjunction with nothing after it (标题字号为三号或，正文…): the word it joined was lost, often to a site's
 * filter. 或, 或者, 以及 and 并且 never end a clause, so a punctuation mark right after one (after a Chinese
 * character, so that a clause opening with 或者， stays) means words are missing. 和, 与 and 及 are left out: they end
 * words (温和, 参与, 涉及).
 */
const dangling = /\p{Script=Han}(或者|以及|并且|或)(?=[，。、；：！？）])/gu;

export const missingWord: Rule = {
  id: "missing-word",
  title: "疑似缺字",
  titleEn: "Words seem to be missing",
  check: (input) =>
    matchFindings(input, [
      [
        dangling,
        (m, p) => {
          const word = m[1] ?? "";
          const start = m.index + m[0].length - word.length;
          return finding("missing-word", "warning", p, start, start + word.length, {
            zh: `“${word}”后面直接是标点，所连接的词语缺失：请补全`,
            en: `“${word}” (or/and) is followed directly by punctuation, so the words it joins are missing: complete them`,
          });
        },
      ],
    ]),
};
