import type { DocParagraph } from "../../document/snapshot";
import { type Finding, type Message, type Rule, bodyText, finding } from "../types";
import { levels } from "./numbering";
import { isSiteLine } from "./siteLine";

/**
 * The page's title printed more than once. Template sites print their own title (often decorated: 【栏目】…, 篇一：…,
 * …范文, …（精品）, …讲话发言) or their column name (主持词) right above the document's title, and paste the title again
 * into the text. Title-like lines are compared by their key, the line without those decorations:
 *  - two adjacent lines above the text (before any sentence, colon or salutation that is not the site's) where the
 *    keys are equal, the upper key holds the lower one, or the upper key is the lower one's ending (a column named
 *    after the document kind): the upper line is the site's, the lower the document's own title. An issuer's name
 *    above its document's title (溪山县人民政府 / 溪山县人民政府关于…的通知) is none of these;
 *  - the same title on other lines (a key that names a document: …倡议书, …放假安排, …？): the first is the
 *    document's title and the later ones are copies, unless a copy wears a site decoration, which marks the whole set
 *    as the page's titles (a 篇一 compilation, a 范文 page) — all but a plain copy after the decorated one and above
 *    the text, which is the document's own (页面标题 / 第一篇：…文件 / …文件 as its masthead). An issuer's name at the head and again in the signature
 *    (溪山县人民政府) names no document and is left alone;
 *  - a how-to page title (…怎么写？) after the text has begun.
 * Short words (正文, 落款, 尊敬的领导：), labelled lines (副镇长：…) and numbered headings repeat in real documents and
 * are not title-like. A collection's title (…讲话与…讲话汇编) holds the title of its first part below it and is the
 * document's own. Lines the site-line rule reports are compared but not reported twice.
 */
const MAX = 40;
const numbered = [...levels.filter((l) => l.heading).map((l) => new RegExp(l.re.source, l.re.flags.replace("g", ""))), /^\s*第[一二三四五六七八九十\d]+[章节部分条项]/];
const leadDecoration = /^(?:【[^】]{1,20}】|第[一二三四五六七八九十\d]{1,3}篇\s*[：:、.．]?\s*|篇\s?[一二三四五六七八九十\d]{1,3}\s*[：:、.．]?\s*)/;
const tailDecoration = /(?:\s*（(?:精品|全文|精选|推荐|热门|通用|完整版|最新|范文)[^（）]{0,6}）|\s*（\d{1,3}篇）|\s*(?:最新|精选)?\d{1,3}篇|范文|范本|大全)+$/;
/** A numeral a site glued to a title as its item number (一乡镇…总结): not a decoration, but not part of the key. */
const gluedNumeral = /^[一二三四五六七八九十](?=\p{Script=Han})/u;
const howTo = /怎么写|如何写|怎样写/;
const collection = /(?:汇编|合集|选编|文集|汇总)$/;
const namesDocument = /(?:报告|通知|方案|倡议书?|讲话|发言|致辞|主持词|总结|计划|安排|意见|决定|办法|规定|细则|纪要|公告|通告|公示|证明|介绍信|请假条|申请书?|请示|批复|函|汇报|规划|要点|提纲|讲稿|心得体会|贺信|慰问信|感谢信|承诺书|责任书|简报|条例|文件)$|？/;

interface Title {
  para: DocParagraph;
  /** position among the body paragraphs */
  at: number;
  key: string;
  decorated: boolean;
}

/** A salutation a converted file ran onto the title (…的讲话同志们：; rules/titleRunOn reports it): not part of the key. */
const runOnSalutation = /(?:同志们|各位代表|各位领导|各位来宾)[：:，,]?$/;

function titleOf(para: DocParagraph, at: number): Title | undefined {
  const t = para.text.trim().replace(runOnSalutation, "");
  if (t.length < 3 || t.length > MAX || /[。；]/.test(t) || numbered.some((re) => re.test(t))) return undefined;
  const bare = t.replace(leadDecoration, "").replace(tailDecoration, "");
  if (/[：:]/.test(bare) || /[，,、；]$/.test(bare)) return undefined;
  const key = bare.replace(gluedNumeral, "").replace(/\s+/g, "");
  return key.length >= 3 ? { para, at, key, decorated: bare !== t || gluedNumeral.test(bare) } : undefined;
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
    /** whether the text has begun before each paragraph: a line of its own (not the site's) ended a sentence or a label */
    const begun: boolean[] = [];
    paragraphs.forEach((p, i) => {
      begun.push(i > 0 && ((begun[i - 1] ?? false) || (/[。！？；：:]\s*$/.test(paragraphs[i - 1]?.text ?? "") && !isSiteLine(paragraphs[i - 1] as DocParagraph))));
    });
    /** pairs of adjacent title lines above the text whose upper line is the site's (indexed by the lower line) */
    const siteAbove = new Set<number>();
    const groups = new Map<string, Title[]>();
    for (const [i, t] of titles.entries()) {
      if (!t) continue;
      const next = titles[i + 1];
      if (next && !begun[i + 1] && !collection.test(t.key) && (t.key.includes(next.key) || next.key.endsWith(t.key))) {
        flag(t, ABOVE);
        siteAbove.add(i + 1);
      }
      const group = groups.get(t.key) ?? [];
      group.push(t);
      groups.set(t.key, group);
    }
    for (const group of groups.values()) {
      if (group.length < 2 || (group[0]?.key.length ?? 0) < 5 || !namesDocument.test(group[0]?.key ?? "")) continue;
      const all = group.some((t) => t.decorated);
      // After the site's decorated copy (第一篇：…), the first plain copy above the text is the document's own title
      // or masthead (…办公厅文件), not a copy.
      const lastDecorated = Math.max(...group.filter((t) => t.decorated).map((t) => t.at));
      const own = all ? group.find((t) => !t.decorated && t.at > lastDecorated && !begun[t.at]) : undefined;
      // The lower line of a pair reported above is the document's own title, not a copy.
      group.forEach((t, i) => {
        if (t === own) return;
        if (all || (i > 0 && !siteAbove.has(t.at))) flag(t, COPY);
      });
    }
    for (const [i, t] of titles.entries()) if (t && begun[i] && howTo.test(t.para.text)) flag(t, HOW_TO);
    const out: Finding[] = [];
    for (const p of paragraphs) {
      const m = flagged.get(p);
      if (m && !isSiteLine(p)) out.push(finding("page-title-copy", "error", p, 0, p.text.length, m));
    }
    return out;
  },
};
