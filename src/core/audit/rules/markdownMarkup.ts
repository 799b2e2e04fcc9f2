import { type Finding, type Message, type Rule, finding } from "../types";

/**
 * Markdown left in the text by a page or a chat tool that wrote the draft in Markdown: a code fence (```, ```证明文书,
 * ~~~), a heading's hashes (## 二、工作目标) and a table's rule row (|---|---|). None of these is a line of a 公文;
 * a table's cells joined by “ | ” are rules/siteLine's, and a ** pair is read by rules/mask.
 */
const fence = /^\s*(?:`{3,}|~{3,})[^`~]{0,20}$/;
/** Not a house number (#1号楼) nor a topic tag (#乡村振兴#). */
const heading = /^\s*#{1,6}[ \t]*(?=[^\s#\d])(?![^#]*#)/;
// Tested on the trimmed line: two runs of \s* side by side would be tried against each other on a line of spaces.
const ruleRow = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$/;

const FENCE: Message = { zh: "Markdown 代码块标记（```），不是正文：请删除", en: "A Markdown code fence (```), not part of the text: delete it" };
const HEADING: Message = { zh: "标题前的 Markdown 井号（#），不是正文：请删除井号", en: "Markdown hashes (#) before a heading, not part of the text: delete them" };
const RULE_ROW: Message = { zh: "Markdown 表格的分隔行（|---|），不是正文：请删除或转成 Word 表格", en: "A Markdown table's rule row (|---|), not part of the text: delete it or make the table a Word table" };

export const markdownMarkup: Rule = {
  id: "markdown-markup",
  title: "Markdown 标记",
  titleEn: "Markdown markup",
  check: (input) => {
    const out: Finding[] = [];
    for (const p of input.snapshot.paragraphs) {
      if (fence.test(p.text)) out.push(finding("markdown-markup", "error", p, 0, p.text.length, FENCE));
      else if (ruleRow.test(p.text.trim())) out.push(finding("markdown-markup", "error", p, 0, p.text.length, RULE_ROW));
      else {
        const m = heading.exec(p.text);
        if (m) out.push(finding("markdown-markup", "error", p, 0, m[0].length, HEADING));
      }
    }
    return out;
  },
};
