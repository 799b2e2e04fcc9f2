import { type Finding, type Rule, finding } from "../types";
import { isSiteLine } from "./siteLine";

/**
 * A PDF's page footer run into the text when the file was converted (…推出第1页共18页“1对1专属…): “第N页共M页” or
 * “共M页第N页” inside a paragraph. A line holding nothing else is the site-line rule's; this one reports the footer
 * glued to the words around it. The fix is to delete the footer and join the sentence again.
 */
const footer = /第\s*\d{1,4}\s*页\s*[/／，,]?\s*共\s*\d{1,4}\s*页|共\s*\d{1,4}\s*页\s*[/／，,]?\s*第\s*\d{1,4}\s*页/g;

export const pageFooter: Rule = {
  id: "page-footer",
  title: "混入正文的页码",
  titleEn: "Page footers run into the text",
  check: (input) => {
    const out: Finding[] = [];
    for (const p of input.snapshot.paragraphs) {
      if (!p.text.includes("共") || !p.text.includes("页")) continue;
      const hits = [...p.text.matchAll(footer)];
      if (hits.length === 0 || isSiteLine(p)) continue;
      for (const m of hits) {
        const at = m.index ?? 0;
        out.push(finding("page-footer", "error", p, at, at + m[0].length, {
          zh: `“${m[0]}”是转换文件时混入正文的页脚：请删除并把前后文字接上`,
          en: `“${m[0]}” is a page footer that slipped into the text when the file was converted: delete it and join the text around it`,
        }));
      }
    }
    return out;
  },
};
