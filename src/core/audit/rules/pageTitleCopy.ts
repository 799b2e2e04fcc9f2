import type { DocParagraph } from "../../document/snapshot";
import { type Finding, type Message, type Rule, bodyText, finding } from "../types";
import { levels } from "./numbering";
import { isSiteLine } from "./siteLine";

/**
 * The page's title printed more than once. Template sites print their own title (often decorated: 【栏目】…, 篇一：…,
 * …范文, …（精品）, …讲话发言) or their column name (主持词) right above the document's title, and paste the title again
 * into the text. Title-like lines are compared by their key, the line without those decorations:
 *  - two adjacent lines where one key holds the other: the upper one is the site's, the lower the document's own;
 *  - the same key on lines further apart: the first is the document's title and the later ones are copies, unless a
 *    copy wears a site decoration, which marks the whole set as the page's titles (a 篇一 compilation, a 范文 page);
 *  - a how-to page title (…怎么写？) after the text has begun.
 * Short words (正文, 落款, 尊敬的领导：), labelled lines (副镇长：…) and numbered headings repeat in real documents and
 * are not title-like. Lines the site-line rule reports are compared but not reported twice.
 */
const MAX = 40;
const numbered = [...levels.filter((l) => l.heading).map((l) => new RegExp(l.re.source, l.re.flags.replace("g", ""))), /^\s*第[一二三四五六七八九十\d]+[章节部分条项]/];
const leadDecoration = /^(?:【[^】]{1,20}】|篇\s?[一二三四五六七八九十\d]{1,3}\s*[：:、.．]?\s*)/;
const tailDecoration = /(?:\s*（(?:精品|全文|精选|推荐|热门|通用|完整版|最新|范文)[^（）]{0,6}）|\s*（\d{1,3}篇）|\s*(?:最新|精选)?\d{1,3}篇|范文|范本|大全)+$/;
/** A numeral a site glued to a title as its item number (一乡镇…总结): not a decoration, but not part of the key. */
const gluedNumeral = /^[一二三四五六七八九十](?=\p{Script=Han})/u;
const howTo = /怎么写|如何写|怎样写/;

interface Title {
  para: DocParagraph;
  /** position among the body paragraphs */
  at: number;
  key: string;
  decorated: boolean;
}

function titleOf(para: DocParagraph, at: number): Title | undefined {
  const t = para.text.trim();
  if (t.length < 3 || t.length > MAX || /[。；]/.test(t) || numbered.some((re) => re.test(t))) return undefined;
  const bare = t.replace(leadDecoration, "").replace(tailDecoration, "");
  if (/[：:]/.test(bare) || /[，,、；]$/.test(bare)) return undefined;
  const key = bare.replace(gluedNumeral, "").replace(/\s+/g, "");
  return key.length >= 3 ? { para, at, key, decorated: bare !== t } : undefined;
}

const ABOVE: Message = { zh: "网站在文档标题上方加印的页面标题或栏目名，不是正文：请删除", en: "The site's page title or column name printed above the document's title, not part of the text: delete it" };
const COPY: Message = { zh: "网站重复插入的页面标题，不是正文：请删除", en: "The page title the site printed again, not part of the text: delete it" };
const HOW_TO: Message = { zh: "网页的“怎么写”标题插在正文中，不是正文：请删除", en: "The web page's how-to title inserted into the text, not part of the text: delete it" };

export const pageTitleCopy: Rule = {
  id: "page-title-copy",
  title: "重复的页面标题",
  titleEn: "Page title printed again by the site",
  check: (input) => {
    const paragraphs = bodyText(input);
    const titles = paragraphs.map((p, i) => titleOf(p, i));
    const flagged = new Map<DocParagraph, Message>();
    const flag = (t: Title, m: Message) => {
      if (!flagged.has(t.para)) flagged.set(t.para, m);
    };
    const groups = new Map<string, Title[]>();
    for (const [i, t] of titles.entries()) {
      if (!t) continue;
      const next = titles[i + 1];
      if (next && (t.key.includes(next.key) || next.key.includes(t.key))) flag(t, ABOVE);
      const group = groups.get(t.key) ?? [];
      group.push(t);
      groups.set(t.key, group);
    }
    for (const group of groups.values()) {
      if (group.length < 2 || (group[0]?.key.length ?? 0) < 5) continue;
      const all = group.some((t) => t.decorated);
      // An adjacent pair was handled above: its lower line is the document's own title, not a copy.
      group.forEach((t, i) => {
        const prev = group[i - 1];
        if (all || (prev && prev.at < t.at - 1)) flag(t, COPY);
      });
    }
    let begun = false;
    for (const [i, p] of paragraphs.entries()) {
      const t = titles[i];
      if (begun && t && howTo.test(p.text)) flag(t, HOW_TO);
      begun ||= /[。！]\s*$/.test(p.text);
    }
    const out: Finding[] = [];
    for (const p of paragraphs) {
      const m = flagged.get(p);
      if (m && !isSiteLine(p)) out.push(finding("page-title-copy", "error", p, 0, p.text.length, m));
    }
    return out;
  },
};
