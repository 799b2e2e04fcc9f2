import type { DocParagraph } from "../../document/snapshot";
import { type Finding, type Message, type Rule, finding } from "../types";
import { isAdvert } from "./advert";

/**
 * The template site's own lines, copied along with the text. Each test is a property of web pages that a 公文 never
 * has, so clean lines stay clean:
 *  - breadcrumbs: 当前位置 / 你现在的位置 / 首页 > … / two or more “>” separators / a line opening with “>”; a path
 *    of column names separated by “/” that opens with 首页 or ends with 正文 (首页/ 信息公开/ 通知公告/ 正文); a site's
 *    home link glued to a column name (首页新闻中心);
 *  - post dates: a numeric date (2019/05/20, 2023-12-13), which 公文 never write (they write 2019年5月20日), on a
 *    short line; a web page's label for its post date or views (发布时间：, 更新日期：, 阅读次数：) on a short line,
 *    whatever the date's form; or any date with a clock time and a page word (来源, 浏览, 小编…);
 *  - a byline whose date the page left empty: 时间： followed by words and no date or time (时间： 淑娟 公示);
 *  - page titles: a short line offering 范文 or counting articles (（通用11篇）, （优秀7篇）, (30篇), 最新10篇, 篇一, （全文2584字）,
 *    …工作报告-10篇（第20/30页）, an article number after a document kind: 实施方案 1, 春节乡镇工作总结1), naming a file (….doc, 微信图片_….jpg), or tagged with a bare year after a
 *    space (…工作报告 2020: a title never ends in a year without 年). A numbered paper of a congress (会议文件（3）)
 *    is the document's own cover, not an article number;
 *  - the page's own labels and fields for the article: 本文标题：, 文章标题：, 本文链接：, 链接地址：, 原文地址：, and
 *    short lines opening with its editor, source, keywords or a government site's disclosure field (索引号 lines up to 80
 *    characters, 文号：, a document site's ID：9724392; a field explained
 *    in a sentence, 发文日期：标注具体的出具日期。, is a how-to document's text), and the value such a
 *    field left empty carries on the next line (• 发文字号： / 镇政发〔2024〕7号); a line that is
 *    one 【…】 label alone (【证明信格式】, 【栏目】): 公文 print no such brackets, and a template's 【标题】 field
 *    alone on its line must not reach print either (an advert in 【】 is left to rules/advert);
 *  - the page's date header: a date with its weekday alone on a line (2024年03月29日 星期五); 公文 dates carry none;
 *  - navigation and page furniture: 上一篇/下一篇, 相关推荐, 猜你喜欢, 点击下载, Copyright ©…, a paywall's
 *    notice (试读结束, 预览结束, 全文共1662字，当前显示422字), and alone on a line the site's service desk or login
 *    (联系客服, 请先登录, 浏览记录, 欢迎来到…文库) or a column name (通知公告, 友情链接) — words a notice may also use in a
 *    sentence;
 *  - a table of contents pasted above the text: a line opening with 目录 that is the word alone or lists page numbers,
 *    or 提纲 alone (the outline's lines themselves: rules/pastedOutline);
 *  - the site talking about itself or to its readers, at any length: 版权归本站, 转载, 小编, 给大家整理的范文…, or a
 *    lead-in that explains the document kind and ends asking the reader (…属于计划类文书的一种。那么优秀的方案是什么样的呢？);
 *    a numbered heading that names 范文 (三、倡议书范文示例) is a section of a how-to document, not the site speaking;
 *  - page fragments outside tables: a bare page number (59, 4页, 第1页 共10页, - 3 -), cells of the page's tables
 *    joined by “ | ”.
 */
const SHORT = 60;

const breadcrumb = /当前位置|[您你](?:现在)?的位置|首页\s*[>＞»›]|[>＞»›]\s*[^>＞»›\s][^>＞»›]*[>＞»›]|^\s*[>＞»›]|>>/;
/** Column names joined by “/”: the path opens with the home page or ends at the article (正文, 详情). */
const slashPath = /^\s*(?:网站)?首页\s*[/／]\s*\S|^(?:[^/／。，；！？]{1,16}[/／]\s*){2,}\s*(?:正文|详情)\s*$/;
const homeColumn = /^\s*(?:网站)?首页\s*\p{Script=Han}{2,24}\s*$/u;
const numericDate = /(?:^|\D)(?:19|20)\d{2}[-/](?:0?[1-9]|1[0-2])[-/](?:0?[1-9]|[12]\d|3[01])(?!\d)/;
const anyDate = /(?:19|20)\d{2}(?:[-/]|年)\d{1,2}(?:[-/]|月)\d{1,2}/;
const clock = /(?:^|\D)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/;
const postLabel = /(?:发布|更新|上传|发表|录入|添加)(?:时间|日期)[:：]|发表于|(?:浏览|阅读|点击)(?:次数|量|数)[:：]/;
const pageWord = /来源|浏览|阅读|小编|上传|发布|编辑|作者/;
const emptyByline = /^(?:发布|更新)?时间[:：]\s*[^\d\s:：年月日时分点午晚早周星期天旬初底末]{1,8}(?:\s+[^\d\s:：年月日时分点午晚早周星期天旬初底末]{1,8}){1,2}$/;
const articleNumber = /(?:方案|报告|总结|通知|讲话稿?|发言稿?|致辞|主持词|倡议书|证明|介绍信|请假条|计划|心得体会|公示)\s*\d{1,2}$/;
const pageTitle = /（全文）$|^（原标题|[（(][\d一二三四五六七八九十]+篇[）)]|（[^（）\d第]{0,4}[\d一二三四五六七八九十]+篇）|[\d一二三四五六七八九十]+篇$|最新\d+篇|^篇[一二三四五六七八九十\d]+|^第[一二三四五六七八九十\d]{1,3}篇[:：]|(?:^|[^第])\s?篇\s?[\d一二三四五六七八九十]{1,3}$|（全文\d*字）|[-－—]\d+篇|[（(]第\d+\s*\/\s*\d+页[）)]$|\.(?:docx?|pdf|jpe?g|png|gif)$/i;
/** An article number in brackets at the end of a title; a congress's numbered paper (会议文件（3）) is not one. */
const bracketNumber = /(.{0,2})（\d{1,2}）$/;
const yearTag = /\p{Script=Han}\s+(?:19|20)\d{2}$/u;
const pageLabel = /^\s*(?:本文|文章|网页)(?:标题|链接|地址|网址)\s*[:：]|^\s*(?:链接|原文)(?:地址|链接|网址)\s*[:：]/;
const bracketLine = /^【[^【】]{1,30}】$/;
/**
 * A web page's own fields about the article, each at the head of a short line: its editor and source (责任编辑：,
 * （文章来源：财联社）), its keywords and related links, a document site's item number (编号：541193579) and tags
 * ([标签:介绍]), and a government site's disclosure fields (索引号：, 主题分类：, 发文机构：, 有效性：). 资料来源： and
 * 作者： are left alone: statistics communiqués and award lists print them.
 */
const pageField = /^[•·\s]*[（(【[]?\s*(?:责任编辑|责编|编辑|文章来源|信息来源|稿源|来源|关键词|相关链接|相关专题|相关文章|相关新闻|索引号|主题分类|发文机构|发布机构|发文字号|发文日期|成文日期|发布日期|有效性|内容概述|公开方式|公开范围|信息分类|标签|文号)\s*[:：]|^编号[:：]\s*\d{6,}|^ID[:：]\s*\d{4,}$/;
const dateHeader = /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]$/;
const furniture = /上一篇|下一篇|猜你喜欢|大家正在看|精心推荐|相关推荐|热门推荐|点击下载|下载文档|搜索文档|查看更多|阅读全部|预览结束|请点此|请点击|Copyright|©|All rights? reserved|版权声明|欢迎批评指正|返回顶部|打印本页|打印此页|关闭窗口|关闭本页|试读结束|预览结束|全文共\d+字|当前显示\d+字|隐藏\d+字|下载后查看|阅读下面的提示|扫一扫在手机|扫码关注|APP(?:下载|客户端)|放大字体|缩小字体|字号变[大小]|字体[:：]\s*(?:[【[]?\s*大|$)|ICP备|公网安备|网站标识码|位访客|打印正文|收藏本页|附件下载[:：]|发布者[:：]|(?:阅读|浏览|点击)[:：]\s*\d+|[【[]\s*(?:打印|关闭)\s*[】\]]|供稿(?:单位|部门)[:：]/i;
const furnitureLine = /^(?:首页|换一换|手机版|推荐度[:：]?|正文复制|相关知识。?|收藏|分享到.*|通知公告|公告通知|新闻动态|友情链接|快速导航|最新文章|相关阅读|相关主题|内容预览[:：]?|微信订阅号|网站地图|免责声明|相关附件|返回|关闭|打印|设置|分享|快乐分享|返回原图|[/／|｜]|联系客服|在线客服|请先登录|浏览记录|我的足迹)$|^欢迎(?:来到|访问|光临)\S{0,12}(?:网|文库|站)$/;
const contents = /^\s*目\s*录(?:\s*$|.*\d.*\d)|^\s*提\s*纲\s*$/;
const siteTalk = /本站|本网站|版权(?:属于|归)|转载|二次传播|小编|范文|给大家整理|一起来看看吧|帮助到大家|对大家的写作|@所有人|加入我们|点击.{0,6}更多|下载到电脑|word文档/i;
/**
 * A sentence with its quotations taken out: a word in quotation marks is named, not said (本文将围绕“会议通知范文
 * 写作指导”这一主题… names the topic; the site does not speak of itself there).
 */
const unquoted = (t: string): string => (t.includes("“") ? t.replace(/“[^“”]*”/g, "“”") : t);
const kindWord = /(?:属于|是).{0,12}(?:文书|应用文|文体|文种)/;
/**
 * A lead-in that says what kind of document this is (方案属于计划类文书的一种。) in the sentence before a closing
 * question to the reader (那么优秀的方案是什么样的呢？), as template sites open their pages. Only the last two sentences
 * are read.
 */
function kindLeadIn(t: string): boolean {
  if (!/[呢吗]？$/.test(t)) return false;
  const stops = (s: string): number => Math.max(s.lastIndexOf("。"), s.lastIndexOf("！"), s.lastIndexOf("？"));
  const question = stops(t.slice(0, -1));
  if (question < 0) return false;
  return /^(?:那么|那|你|您|大家)/.test(t.slice(question + 1)) && kindWord.test(t.slice(stops(t.slice(0, question)) + 1, question));
}
const siteName = /网\s*[-—|｜_]\s*\S/;
const pageTable = /(?:^|\s)\|(?:\s|$)/;
const pageNumber = /^(?:\d{1,4}|\d{1,4}\s*页|第\s*\d{1,4}\s*页(?:\s*[/／，,]?\s*共\s*\d{1,4}\s*页)?|[-—－–]\s*\d{1,4}\s*[-—－–]|\d{1,4}\s*[/／]\s*\d{1,4})[。.]?$/;
/** A numbered heading of the document itself (四、…的范文参考). */
const numberedHeading = /^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[.．、](?!\d))/;

/** Whether this rule reports the paragraph (other rules leave such lines to it). */
export const isSiteLine = (p: DocParagraph): boolean => why(p) !== undefined;

/**
 * Each paragraph is read once per audit: other rules ask about the same paragraph objects (rules/pageTitleCopy,
 * rules/pageFooter). The text is kept with the answer, so a paragraph object whose text changed is read again.
 */
const known = new WeakMap<DocParagraph, { text: string; inTable: boolean; message: Message | undefined }>();

function why(p: DocParagraph): Message | undefined {
  const seen = known.get(p);
  if (seen && seen.text === p.text && seen.inTable === p.inTable) return seen.message;
  const message = read(p);
  known.set(p, { text: p.text, inTable: p.inTable, message });
  return message;
}

function read(p: DocParagraph): Message | undefined {
  const t = p.text.trim();
  if (!t) return undefined;
  const short = t.length <= SHORT && !/[。！？]$/.test(t);
  // 公文 nest brackets as （…<…>…）: a pair of angle brackets is no path separator.
  if (breadcrumb.test(t.replace(/<[^<>]{1,20}>/g, "")) || (t.length <= SHORT && (slashPath.test(t) || homeColumn.test(t.replace(/\s+/g, "")) || navBar(t)))) return { zh: "网站的导航路径（面包屑），不是正文：请删除", en: "The site's navigation path (breadcrumb), not part of the text: delete it" };
  if (t.length <= SHORT && (numericDate.test(t) || postLabel.test(t) || (anyDate.test(t) && clock.test(t) && pageWord.test(t))))
    return { zh: "网页的发布时间或来源信息，不是正文：请删除", en: "The web page's posting date or source line, not part of the text: delete it" };
  if (emptyByline.test(t)) return { zh: "网页的作者、时间栏（日期为空），不是正文：请删除", en: "The web page's author and date line (with the date empty), not part of the text: delete it" };
  const bracketed = short ? bracketNumber.exec(t) : null;
  const numberedTitle = bracketed !== null && !/文件$/.test(bracketed[1] ?? "");
  if (short && (pageTitle.test(t) || articleNumber.test(t) || numberedTitle || (!p.inTable && yearTag.test(t)))) return { zh: "模板网站的页面标题或篇目编号，不是正文：请删除", en: "The template site's page title or article number, not part of the text: delete it" };
  if (pageLabel.test(t) || (bracketLine.test(t) && !isAdvert(t)) || ((t.length <= 40 || /^\s*索引号/.test(t)) && t.length <= 80 && pageField.test(t) && !/[。！？]$/.test(t)) || (!/[。！？]$/.test(t) && disclosureRow(t))) return { zh: "网页给文章加的标题或链接栏，不是正文：请删除", en: "The web page's own title or link label for the article, not part of the text: delete it" };
  if (dateHeader.test(t)) return { zh: "网页页头的当天日期（带星期），不是正文：请删除", en: "The web page's header date (with the weekday), not part of the text: delete it" };
  if (t.length <= SHORT && (furniture.test(t) || furnitureLine.test(t)))
    return { zh: "网页的导航、推荐或版权文字，不是正文：请删除", en: "The web page's navigation, recommendation or copyright text, not part of the text: delete it" };
  if (contents.test(t)) return { zh: "粘贴进来的目录，不是正文：请删除", en: "A pasted table of contents, not part of the text: delete it" };
  if ((siteTalk.test(t) && !(short && numberedHeading.test(t)) && (short || siteTalk.test(unquoted(t)))) || kindLeadIn(t) || (short && siteName.test(t)))
    return { zh: "模板网站的自我介绍、版权或转载说明，不是正文：请删除", en: "The template site's own words (introduction, copyright or reposting notice), not part of the text: delete it" };
  if (pageTable.test(t)) return { zh: "网页表格的残留（以“|”分隔的栏目），不是正文：请删除", en: "Left-over cells of the web page's table (separated by “|”), not part of the text: delete it" };
  if (!p.inTable && pageNumber.test(t)) return { zh: "网页或文档的页码残留，不是正文：请删除", en: "A page number left from the web page or file, not part of the text: delete it" };
  return undefined;
}

const FIELD_VALUE: Message = { zh: "网页信息栏中上一栏目的内容，不是正文：请删除", en: "The value of the web page's field on the line above, not part of the text: delete it" };
/**
 * A government site's disclosure table flattened into lines, its labels often spread out to align (索   引   号
 * 20191202-189769 分        类 …; 发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29): read with the spaces between
 * Chinese characters taken out, a line holding two of its labels, or opening with a label spread by runs of spaces.
 */
const disclosureLabel = /索引号|发布机构|发文机构|发文日期|成文日期|发布日期|上载日期|文号|有效性/g;
const spreadLabel = /^\p{Script=Han}(?:\s{2,}\p{Script=Han}){1,3}(?=\s+\S)/u;
const tableLabel = /^(?:索引号|名称|文号|分类|发布机构|发文机构|发文日期|成文日期|发布日期|主题词|有效性)$/;
function disclosureRow(t: string): boolean {
  if (t.length > 200) return false;
  const spread = t.length <= 80 ? spreadLabel.exec(t)?.[0] : undefined;
  // 组  长 李明 in a committee list is spread the same way: only the table's own labels count.
  if (spread && tableLabel.test(spread.replace(/\s+/g, ""))) return true;
  // 名称： is a common field of forms; only with another disclosure field after it on the line is it the table's.
  if (/^名称\s*[:：]/.test(t) && /\s(?:文号|索引号|发布机构|发文日期|成文日期)\s*[:：]/.test(t)) return true;
  const joined = t.replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, "$1");
  // Up to 80 characters two labels make the row; a longer one (the whole table on one line) needs three.
  return (joined.match(disclosureLabel)?.length ?? 0) >= (t.length <= 80 ? 2 : 3);
}
/** A site's navigation bar: five or more short items in a row, one of them a site's name or a link word. */
function navBar(t: string): boolean {
  const items = t.split(/\s+/);
  return items.length >= 5 && items.every((w) => w.length <= 8) && !/[，。；：、！？]/.test(t) && items.some((w) => /网$|^English$|首页|登录|注册/.test(w));
}
const documentKind = /(?:规则|办法|规定|细则|条例|通知|通告|公告|报告|方案|意见|决定|讲话|总结|计划|纪要|要点)$/;
/** A page field whose value the page put on the next line (• 索引号： / 6107280000/2024-001005). */
const emptyField = (t: string): boolean => t.length <= 40 && pageField.test(t) && /[:：]\s*$/.test(t);

const END_OF_PATH: Message = { zh: "网站导航路径的末项“正文”，不是正文内容：请删除", en: "The last item (“正文”) of the site's navigation path, not part of the text: delete it" };

export const siteLine: Rule = {
  id: "site-line",
  title: "模板网站的页面文字",
  titleEn: "Template site's page text",
  check: (input) => {
    const out: Finding[] = [];
    let previous: Message | undefined;
    let openField = false;
    for (const p of input.snapshot.paragraphs) {
      // A breadcrumb broken over lines ends in 正文 alone on the line after its last piece (首页 / > / 正文).
      const t = p.text.trim();
      // The document's title may follow the last field (• 内容概述： / 镇巴县人民政府工作规则): a title is no value.
      const value = openField && t.length > 0 && t.length <= 30 && !/[。！？；]/.test(t) && !emptyField(t) && !documentKind.test(t);
      const message = why(p) ?? (previous && t === "正文" ? END_OF_PATH : value ? FIELD_VALUE : undefined);
      openField = emptyField(t);
      if (message) out.push(finding("site-line", "error", p, 0, p.text.length, message));
      previous = message;
    }
    return out;
  },
};
