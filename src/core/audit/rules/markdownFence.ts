import { type Finding, type Message, type Rule, finding } from "../types";

/**
 * A Markdown code fence (```, ```证明文书, ~~~) left in the text by a page or a chat tool that wrapped the template in
 * a code block. Three backticks or tildes open no line of a 公文, with or without the block's label after them.
 */
const fence = /^\s*(?:`{3,}|~{3,})[^`~]{0,20}$/;

const FENCE: Message = { zh: "Markdown 代码块标记（```），不是正文：请删除", en: "A Markdown code fence (```), not part of the text: delete it" };

export const markdownFence: Rule = {
  id: "markdown-fence",
  title: "Markdown 代码块标记",
  titleEn: "Markdown code fence",
  check: (input) => {
    const out: Finding[] = [];
    for (const p of input.snapshot.paragraphs) if (fence.test(p.text)) out.push(finding("markdown-fence", "error", p, 0, p.text.length, FENCE));
    return out;
  },
};
