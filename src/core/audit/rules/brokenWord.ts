import { type Finding, type Message, type Rule, bodyText, finding } from "../types";
import { opensInsideWord } from "./lostLead";

/**
 * A sentence broken across two paragraphs with no mark at the break, often inside a word (…学习和借鉴其创新的发展经验，
 * 建立 / 起了互助合作关系。; …一定要认真贯彻落实，有些具体工作 / 能尽快落实的要抓紧落实…。): a PDF's line end or a
 * page's block turned into a paragraph end. rules/brokenParagraph reads breaks at a comma; this one reads breaks with
 * no mark at all, which are common in clean text too (a title, a heading, a source that dropped its last 。), so both
 * sides must show it:
 *  - the upper paragraph has 24 characters or more, is no numbered heading, ends in a Chinese character, and its
 *    last sentence already has a comma (a sentence was under way);
 *  - the lower one opens with what cannot open a sentence: a particle (了 着 过 的 们), a verb's complement with
 *    了/着/过 (起了, 成了), 能 before a verb (能尽快…), or a character that only ends words before a joining word
 *    (性和创造性…, rules/lostLead).
 */
const MIN = 24;
const numbered = /^\s*(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十\d]{1,3}）|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]{1,3}[章节条部分])/;
const endsInWord = /\p{Script=Han}$/u;
const lastSentence = (t: string): string => t.slice(Math.max(...["。", "！", "？", "；", "：", ":"].map((c) => t.lastIndexOf(c))) + 1);
/** Particles that open no sentence (not the words they start: 了解, 过去, 着力, 的确) and complements with 了/着/过. */
const cannotOpen = /^(?:了(?!解)|着(?![力眼重手实])|过(?![去程年度往渡])|的(?!确)|们|[起成][了着过]|能(?![源力耗量够效级手人动否])\p{Script=Han})/u;

const BROKEN: Message = { zh: "本段在句子中间断开（段末没有标点）：请与下一段合并", en: "This paragraph stops mid-sentence (no mark at its end): join it with the next one" };
const REST: Message = { zh: "本段接续上一段被断开的句子：请与上一段合并", en: "This paragraph carries on the sentence broken off in the paragraph before: join it with that one" };

export const brokenWord: Rule = {
  id: "broken-word",
  title: "句子断在两段之间",
  titleEn: "Sentence split across paragraphs",
  check: (input) => {
    const out: Finding[] = [];
    const body = bodyText(input);
    body.forEach((p, i) => {
      const next = body[i + 1];
      const t = p.text.trim();
      const u = next?.text.trim() ?? "";
      if (!next || next.index !== p.index + 1 || t.length < MIN || numbered.test(t) || !endsInWord.test(t)) return;
      if (!/[，,]/.test(lastSentence(t)) || numbered.test(u) || !(cannotOpen.test(u) || opensInsideWord(u))) return;
      out.push(finding("broken-word", "warning", p, 0, p.text.length, BROKEN), finding("broken-word", "warning", next, 0, next.text.length, REST));
    });
    return out;
  },
};
