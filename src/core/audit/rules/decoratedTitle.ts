import { type Finding, type Message, type Rule, finding } from "../types";

/**
 * A title the template site decorated or glued to the text, the site's numbering of the articles it collects:
 *  - an article number after a title on a short line: 创建文明村镇实施方案【第一篇】, …工作总结（第2篇）, …方案【篇三】;
 *  - an article number after a document kind, run into the text's first words: 工作方案 篇1为深入推进… (the site's
 *    heading “工作方案 篇1” lost its line break); only at the head of a paragraph;
 *  - the page's title in 【】 run into the first sentence: 【工作证明的书写格式规范（证明书）】在日常工作中…. A 公文 opens no
 *    paragraph with a bracketed title; a short tag (【转发】关于…的通知, four characters or fewer) is a repost marker,
 *    left alone.
 * Only the site's part is reported, so the drafter sees what to cut.
 */
const numeral = "[\\d一二三四五六七八九十]{1,3}";
const numberedTail = new RegExp(`(?:[【\\[（(]\\s*(?:第\\s*${numeral}\\s*篇|篇\\s*${numeral})\\s*[】\\]）)])$`);
const kind = "方案|报告|总结|通知|讲话稿?|发言稿?|致辞|计划|心得体会|证明|介绍信|倡议书|主持词|述职报告|意见|规划";
const gluedNumber = new RegExp(`^[^。，；！？]{0,30}?(?:${kind})\\s*篇\\s*${numeral}(?=[^\\s\\d一二三四五六七八九十：:、，。）)])`);
const bracketTitle = /^【([^【】。！？]{8,40})】(?=[^\s【])/;

const NUMBERED: Message = { zh: "模板网站给文章加的篇目编号，不是正文：请删除编号", en: "The template site's article number on the title, not part of the text: delete the number" };
const GLUED: Message = { zh: "模板网站的篇目标题与正文连在一起，不是正文：请删除该标题", en: "The template site's article heading runs into the text, not part of it: delete the heading" };
const BRACKETED: Message = { zh: "网页标题（【】中）与正文第一句连在一起，不是正文：请删除该标题", en: "The web page's title (in 【】) runs into the first sentence, not part of the text: delete the title" };

export const decoratedTitle: Rule = {
  id: "decorated-title",
  title: "网站加在标题上的编号",
  titleEn: "Site's numbering on titles",
  check: (input) => {
    const out: Finding[] = [];
    for (const p of input.snapshot.paragraphs) {
      const t = p.text;
      if (!t.includes("篇") && !t.startsWith("【")) continue;
      const tail = t.length <= 40 && !/[。！？]/.test(t) ? numberedTail.exec(t.trimEnd()) : null;
      if (tail) {
        out.push(finding("decorated-title", "error", p, tail.index, tail.index + tail[0].length, NUMBERED));
        continue;
      }
      const glued = gluedNumber.exec(t);
      if (glued) {
        out.push(finding("decorated-title", "error", p, 0, glued[0].length, GLUED));
        continue;
      }
      const bracket = bracketTitle.exec(t);
      if (bracket) out.push(finding("decorated-title", "error", p, 0, bracket[0].length, BRACKETED));
    }
    return out;
  },
};
