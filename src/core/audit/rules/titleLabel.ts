import { type Finding, type Message, type Rule, bodyText, finding } from "../types";

/**
 * A page's label for the article's title (标题： 乡镇开展…工作总结 [打印本页]) above or beside the title itself: a
 * forum's printable page and many article pages print 标题： and the title, then the title again as the text's own
 * first line. The labelled line is the page's when what follows 标题： (its buttons in brackets taken off) is the
 * text of a paragraph or of another such label a few lines away. A how-to page explaining the title (标题：居中写《请假条》…)
 * names no other line and is left alone.
 */
const label = /^\s*标题\s*[:：]\s*(.+?)\s*(?:[[【][^\]】]{1,8}[\]】]\s*)*$/;

/**
 * How far apart (in paragraphs) the label and the title stand. A how-to page may show 标题：… as a field and the same
 * title much further down in its sample; only a copy within a few lines is the page's.
 */
const NEAR = 3;

const LABEL: Message = { zh: "网页给文章标题加的“标题：”栏，不是正文：请删除", en: "The web page's “标题：” (title) label for the article, not part of the text: delete it" };

export const titleLabel: Rule = {
  id: "title-label",
  title: "网页的标题栏",
  titleEn: "Web page's title label",
  check: (input) => {
    const body = bodyText(input);
    // A label and its title fit in a short line; a long paragraph is no label.
    const values = body.map((p) => (p.text.length <= 120 ? label.exec(p.text)?.[1] : undefined));
    const key = (i: number): string | undefined => values[i] ?? body[i]?.text.trim();
    const out: Finding[] = [];
    body.forEach((p, i) => {
      const value = values[i];
      if (value === undefined) return;
      let near = false;
      for (let j = Math.max(0, i - NEAR); j <= i + NEAR && !near; j++) near = j !== i && key(j) === value;
      if (near) out.push(finding("title-label", "error", p, 0, p.text.length, LABEL));
    });
    return out;
  },
};
