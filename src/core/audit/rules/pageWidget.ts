import { type Finding, type Message, type Rule, finding } from "../types";

/**
 * A web page's controls and counters, each alone on its line once the page is copied as text: the accessibility and
 * reading switches of a government site (无障碍浏览, 长辈版, 关怀版, 朗读, 导航菜单), the share and complaint
 * buttons of an article page (海报, 侵权投诉, 我要纠错), a badge count (999+), a view or like counter (1.2万阅读,
 * 浏览 356), an attachment's file size (20.57KB) and a government site's column names (政务公开, 政策解读).
 * None of these is ever a line of a 公文 by itself; in a sentence the same words (朗读比赛, 宣传海报) are left alone.
 * The bullets and bars the page put around them (• 长辈版|) are not part of the word.
 *
 * A site's own name (公文学堂, 范文文库) is such a line too, but only among the first lines of the text, where the
 * page's header stands: further down the same shape may be a heading.
 */
const control =
  /^(?:导航菜单|导航|无障碍(?:浏览|阅读|服务)?|长辈版|关怀版|关怀模式|适老版|适老化|长者模式|老年版|大字版|标准版|简体版|繁体版|繁體|简体|视力保护色|护眼模式|朗读|语音播报|听全文|全文朗读|海报|生成海报|分享海报|侵权投诉|投诉举报|我要纠错|纠错|点赞|赞|在看|评论|写评论|写留言|发表评论|网友评论|我来说两句|打赏|微信|微博|QQ空间|朋友圈|微信扫一扫|分享到微信|分享到微博|复制链接|切换|搜索|登录|注册|设为首页|加入收藏|联系我们|上一页|下一页|尾页|末页|回到顶部|更多|更多>>|阅读原文|查看原文|推荐阅读|延伸阅读|热点推荐|精彩推荐|为您推荐|热门文章|最新发布|最近更新|开通VIP|开通会员|APP内打开|知道了|展开通版|收缩通版|附件列表|相关附件)$/i;
/**
 * A WeChat article's own lines, at any place (drafts are often copied from 公众号 articles): its follow prompts and
 * the reader's controls below the text, and a long-press prompt (长按识别二维码), which means nothing on paper. Each is a
 * whole short line; a printed QR code with 扫一扫下方二维码 is the notice's own.
 */
const wechat = /^(?:点击上方(?:蓝字|“[^”]{1,12}”)?.{0,4}关注.{0,8}|(?:微信)?扫一扫关注.{0,10}|长按(?:识别)?二维码.{0,10}|预览时标签不可点|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|喜欢此内容的人还喜欢|微信扫一扫关注该公众号|微信扫一扫可打开此内容.{0,10})$/;
const count = /^\d{1,4}\+$|^\d+(?:\.\d+)?\s*[KMG]B$|^\d+(?:\.\d+)?[万wW]?\+?\s*(?:次|人)?(?:阅读|浏览|点赞|评论|收藏|下载|转发|分享)$|^(?:阅读|浏览|点赞|评论|收藏|下载|转发)(?:量|数|次数)?\s*\d+(?:\.\d+)?[万wW]?\+?$/i;
/**
 * A page's font-size switch (字号：大 中 小, 【字体：A+ 默认 A-】), a row of bracketed buttons (【我要打印】【关闭窗口】),
 * a visit counter (总访问量：1234567) and a government site's badges (我为政府网站找错, 党政机关).
 */
const switches =
  /^[【[]?\s*(?:字号|字体(?:大小)?|文字)\s*[:：]?\s*[【[]?\s*(?:大\s*[】\]]?\s*[【[]?\s*[|｜]?\s*中\s*[】\]]?\s*[【[]?\s*[|｜]?\s*小|小\s*[|｜]?\s*中\s*[|｜]?\s*大|A\+|默认|T\s*[|｜]\s*T)|^(?:[【[]\s*[^【】[\]]{0,4}(?:打印|关闭|收藏|纠错|返回|分享|顶部)[^【】[\]]{0,4}\s*[】\]]\s*){2,}$|^(?:总|今日|本站)?访问(?:量|人数|次数)\s*[:：]?\s*\d+|^(?:我为政府网站找错|政府网站找错|党政机关|网站支持IPv6)$|^当前版\s*[:：]\s*[A-Z\d]{1,3}版$/i;
/**
 * A template or document site speaking in a short line: its name (百度文库, 原创力文档, 第一范文网…), its takedown and
 * upload notices (如有侵权请联系删除, 本文内容由互联网用户自发贡献) and its download offers (下载积分, VIP专享, Word下载).
 */
const sitePhrase =
  /百度文库|原创力文档|豆丁网|道客巴巴|人人文库|360文库|金锄头文库|淘豆网|第一范文网|学习啦|应届毕业生网|出国留学网|瑞文网|写写帮|华律网|找法网|文秘家园|大文斗|如有侵权|侵删|版权归原作者|互联网用户自发|用户自发(?:贡献|上传)|下载积分|所需积分|VIP专享|会员专享|付费下载|(?:TXT|Word|PDF|DOC)\s*下载/i;
/** A government site's column names, alone on a line (a heading of a 公文 is numbered or names its subject). */
const column = /^(?:政务公开|政府信息公开|信息公开目录|信息公开指南|政策解读|政务服务|办事服务|互动交流|政民互动|新闻中心|网站首页|English)$/i;
const siteName = /^\p{Script=Han}{2,6}(?:学堂|文库|范文网|文秘网|公文网|秘书网|资料网|写作网|学习网)$/u;
/** How many non-empty lines at the top of the text count as the page's header. */
const HEADER = 3;

const WIDGET: Message = { zh: "网页上的按钮、开关或计数，不是正文：请删除", en: "A button, switch or counter of the web page, not part of the text: delete it" };
const COLUMN: Message = { zh: "网站的栏目名称，不是正文：请删除", en: "A column name of the website, not part of the text: delete it" };
const SITE: Message = { zh: "网站名称（页头），不是正文：请删除", en: "The website's name (page header), not part of the text: delete it" };

export const pageWidget: Rule = {
  id: "page-widget",
  title: "网页按钮与计数",
  titleEn: "Web page buttons and counters",
  check: (input) => {
    const out: Finding[] = [];
    let seen = 0;
    for (const p of input.snapshot.paragraphs) {
      if (p.inTable) continue;
      if (!p.text.trim()) continue;
      // The page's header is the top of the body: a Word header or footer does not count.
      if (p.part.kind === "body") seen += 1;
      // Every shape here is a short line: a long paragraph is not read (nor scanned by the patterns).
      if (p.text.length > 80) continue;
      const t = p.text.trim().replace(/^[•·|｜\s]+|[•·|｜\s]+$/g, "");
      if (!t) continue;
      if (control.test(t) || count.test(t) || (t.length <= 40 && (wechat.test(t) || switches.test(t))) || (t.length <= 60 && sitePhrase.test(t))) out.push(finding("page-widget", "error", p, 0, p.text.length, WIDGET));
      else if (column.test(t)) out.push(finding("page-widget", "error", p, 0, p.text.length, COLUMN));
      else if (seen <= HEADER && p.part.kind === "body" && siteName.test(t)) out.push(finding("page-widget", "error", p, 0, p.text.length, SITE));
    }
    return out;
  },
};
