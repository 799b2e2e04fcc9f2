import { type Finding, type Message, type Rule, bodyText, finding } from "../types";

/**
 * The lines a site prints around its navigation path (breadcrumb), at the top of a copied page:
 *  - the site's name just above the path (牟定县人民政府 / 首页 >> 公开信息内容): a short line with no punctuation,
 *    among the first lines of the text, right before a breadcrumb, that names no document (a page may print the
 *    title above its path: 政府工作报告 / 当前位置：…);
 *  - the column's name repeated as a heading just below the path (当前位置：…>> 领导讲话>> 政府政务 / 政府政务): the
 *    path's last item again, alone on a line, unless it names a document (the path may end at the article itself).
 * The breadcrumb itself is rules/siteLine's. An issuer's name above a document's own title is left alone: only a
 * breadcrumb below makes the line the site's.
 */
const breadcrumb = /当前位置|[您你](?:现在)?(?:所在)?的位置|首页\s*[>＞»›]|>>|[>＞»›][^>＞»›]+[>＞»›]/;
/** How many non-empty lines at the top of the text count as the page's header. */
const HEADER = 3;
/** A path may end at the article itself (首页 > 通知公告 > 放假通知): its title next to it is the document's own. */
const documentKind = /(?:通知|通告|公告|通报|报告|讲话|发言|致辞|主持词|方案|意见|办法|规定|决定|总结|计划|规划|纪要|请示|批复|函|倡议书|证明|介绍信)$/;
const lastItem = (t: string): string =>
  t
    .split(/[>＞»›]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .pop() ?? "";

const SITE: Message = { zh: "网站名称（导航路径上方的页头），不是正文：请删除", en: "The website's name (the page header above its navigation path), not part of the text: delete it" };
const COLUMN: Message = { zh: "网站栏目名（导航路径的末项又单独成行），不是正文：请删除", en: "The site's column name (the navigation path's last item again on its own line), not part of the text: delete it" };

export const pageHeader: Rule = {
  id: "page-header",
  title: "网站页头",
  titleEn: "Website page header",
  check: (input) => {
    const out: Finding[] = [];
    const body = bodyText(input).filter((p) => p.text.trim().length > 0);
    body.forEach((p, i) => {
      const t = p.text.trim();
      const next = body[i + 1]?.text.trim() ?? "";
      const before = body[i - 1]?.text.trim() ?? "";
      if (i < HEADER && t.length <= 20 && !/[，。：:；！？、]/.test(t) && !documentKind.test(t) && !breadcrumb.test(t) && breadcrumb.test(next)) out.push(finding("page-header", "error", p, 0, p.text.length, SITE));
      else if (i > 0 && i <= HEADER && t.length <= 12 && !documentKind.test(t) && breadcrumb.test(before) && lastItem(before) === t) out.push(finding("page-header", "error", p, 0, p.text.length, COLUMN));
    });
    return out;
  },
};
