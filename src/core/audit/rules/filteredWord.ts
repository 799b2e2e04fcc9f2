import { type Finding, type Rule, finding } from "../types";

/**
 * A tilde where a site's word filter removed a word (要把~精神落到实处, 全面落实~精神). Between numbers or
 * dates a tilde is a range (3~5天, 周一~周五, 一~三年级) and stays; a tilde next to a word on either side, with
 * neither side a number, stands for the missing word. A filter's note (（单字替换）) marks a replaced word too. The fix
 * is to restore the original word.
 */
const tilde = /[~～]+/g;
/** A filter's own note left where it replaced a word (弘扬伟大建（单字替换）精神). */
const filterNote = /[（(](?:单字替换|敏感词|已屏蔽|屏蔽词)[）)]/g;
const han = /\p{Script=Han}/u;
/** Characters a range starts or ends with: numerals, and the units and weekdays written next to them. */
const rangeEnd = /[\d０-９零〇一二两三四五六七八九十百千万亿年月日号时点分秒周天层楼级岁%％]/;
/** Characters that end or continue a sentence around a filtered word (任务~。). */
const stop = /[，。；：、！？”）》\s]|^$/;

export const filteredWord: Rule = {
  id: "filtered-word",
  title: "被网站过滤的词语",
  titleEn: "Words a site's filter removed",
  check: (input) => {
    const out: Finding[] = [];
    for (const p of input.snapshot.paragraphs) {
      for (const m of p.text.matchAll(tilde)) {
        const at = m.index ?? 0;
        const before = p.text[at - 1] ?? "";
        const after = p.text[at + m[0].length] ?? "";
        if (rangeEnd.test(before) || rangeEnd.test(after)) continue;
        const wordBefore = han.test(before);
        const wordAfter = han.test(after);
        if (!(wordBefore && (wordAfter || stop.test(after))) && !(wordAfter && stop.test(before))) continue;
        out.push(finding("filtered-word", "error", p, at, at + m[0].length, {
          zh: `“${m[0]}”处的词语被网站过滤掉了：请补上原文`,
          en: `A word was removed here by the site's filter (“${m[0]}”): restore the original words`,
        }));
      }
    }
    for (const p of input.snapshot.paragraphs) {
      for (const m of p.text.matchAll(filterNote)) {
        const at = m.index ?? 0;
        out.push(finding("filtered-word", "error", p, at, at + m[0].length, {
          zh: `“${m[0]}”是网站过滤器留下的标记，原词被替换了：请补上原文`,
          en: `“${m[0]}” is a note a site's filter left where it replaced a word: restore the original words`,
        }));
      }
    }
    return out;
  },
};
