import { type Finding, type Message, type Rule, finding } from "../types";

/**
 * A document-sharing site's (文库) own lines about the file it shows, copied along with the text:
 *  - the file's size as the site counts it, alone on a line: 约6.22千字, 约 11页, 共3页 约2千字 (a 公文 gives no
 *    estimate of its own length);
 *  - its buttons alone on a line: 举报, 阅读全文, 展开全文, 全文阅读, 免费下载, 立即下载, 收藏文档;
 *  - a byline whose date the site left empty after its labels: 网友 分享 时间： (words, then 时间： with nothing
 *    after it). A template's own field 会议时间： stands alone without words spaced before it and is left alone;
 *  - the file card: 格式：docx, 大小：18.54 KB, 文档页数：4 (a value that is a file type, a size or a bare count), and
 *    the captions of the page images (…规范_第1页);
 *  - the reading gate and the uploader's notice, at any length: 已阅读5页，还剩13页未读, 继续免费阅读,
 *    本文档由用户提供并上传, 收益归属内容提供方, 举报或认领.
 */
const size = /^(?:(?:约|共)\s*[\d.]+\s*(?:千字|万字|字|页)\s*)+$/;
const button = /^(?:举报|阅读全文|展开全文|全文阅读|继续阅读|免费下载|立即下载|收藏文档|下载文档|下载本文档|文档简介|打开APP)[>›»]?$/i;
const emptyByline = /^(?:[^\s:：]{1,6}\s+){1,3}(?:发布|分享|上传)?时间\s*[:：]\s*$/;
const fileCard = /^[-•·]?\s*(?:(?:文档)?格式\s*[:：]\s*(?:docx?|pdf|pptx?|xlsx?|txt|wps)|(?:文件)?大小\s*[:：]\s*[\d.]+\s*[KMG]B|(?:文档)?页数\s*[:：]\s*\d+(?:\s*页)?)\s*$/i;
const pageCaption = /_第\d{1,4}页$/;
const gate = /已阅读\d+页|还剩\d+页未读|继续免费阅读|本文档由用户提供并上传|收益归属内容提供方|举报或认领/;

const SIZE: Message = { zh: "文库网站标注的文档字数或页数，不是正文：请删除", en: "The document site's count of the file's words or pages, not part of the text: delete it" };
const BUTTON: Message = { zh: "文库网站的按钮或栏目文字，不是正文：请删除", en: "A button or section label of the document site, not part of the text: delete it" };
const BYLINE: Message = { zh: "网页的分享者、时间栏（时间为空），不是正文：请删除", en: "The web page's sharer and date line (with the date empty), not part of the text: delete it" };

const FILE: Message = { zh: "文库网站的文档信息（格式、大小、页数或页面截图标题），不是正文：请删除", en: "The document site's file details (type, size, page count or page-image caption), not part of the text: delete it" };
const GATE: Message = { zh: "文库网站的阅读限制或上传声明，不是正文：请删除", en: "The document site's reading limit or uploader notice, not part of the text: delete it" };

function why(t: string): Message | undefined {
  if ((t.includes("阅读") || t.includes("本文档") || t.includes("举报") || t.includes("未读")) && gate.test(t)) return GATE;
  if (t.length <= 40 && (pageCaption.test(t) || fileCard.test(t))) return FILE;
  if (t.length > 24) return undefined;
  if (t.includes("约") || t.includes("共")) {
    if (size.test(t)) return SIZE;
  }
  if (button.test(t)) return BUTTON;
  if (t.includes("时间") && emptyByline.test(t)) return BYLINE;
  return undefined;
}

export const docSiteMeta: Rule = {
  id: "doc-site-meta",
  title: "文库网站的文档信息",
  titleEn: "Document site's file details",
  check: (input) => {
    const out: Finding[] = [];
    for (const p of input.snapshot.paragraphs) {
      if (p.inTable) continue;
      const message = why(p.text.trim());
      if (message) out.push(finding("doc-site-meta", "error", p, 0, p.text.length, message));
    }
    return out;
  },
};
