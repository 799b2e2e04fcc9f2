import type { DocParagraph } from "../../document/snapshot";
import { type Finding, type Message, type Rule, finding } from "../types";

/**
 * A forum thread's page kept above (or between) the text it carries: the thread's counters (查看: 554|回复: 0), its
 * buttons ([复制链接], 显示全部楼层, 只看该作者, 电梯直达), and the poster's panel (TA的每日心情, 签到天数: 703 天,
 * [LV.9]以坛为家II, Rank: 7, 在线时间, 注册时间). Each of these is a line no 公文 prints.
 *
 * The panel also prints short values with short labels on lines of their own (主题 / 1万 / 帖子 / 14万 / 积分, 版主,
 * 开心, 昨天 19:21) that mean nothing alone; they are reported only when they lie between two of the lines above, a
 * few dozen lines apart at most, with nothing longer than a short fragment between them. A sentence between them ends the block.
 */
const anchors: RegExp[] = [
  /^查看\s*[:：]\s*\d+\s*[|｜]?\s*回复\s*[:：]\s*\d+/,
  /^[[【]?\s*复制链接\s*[\]】]?$/,
  /^TA的(?:每日心情|个人空间|主题|帖子)/,
  /^签到天数\s*[:：]\s*\d+\s*天/,
  /^[[【]LV\.?\d{1,2}[\]】]/i,
  /^Rank\s*[:：]\s*\d+/i,
  /显示全部楼层|只看该作者|电梯直达|阅读模式|倒序浏览|使用道具|本帖最后由.{1,30}编辑/,
  /^(?:在线时间|注册时间|最后登录|阅读权限|积分|金钱|威望|贡献)\s*[:：]\s*\d[\d\s:-]*(?:小时)?$/,
  /^(?:楼主|沙发|回复|举报|收藏|分享|淘帖|发新帖|返回列表|快速回复|收起左侧|找回密码|立即注册|会员注册|QQ登录)$/,
  /^马上注册|您需要\s*登录\s*才可以|^只需一步[，,]\s*快速开始$|^扫一扫[，,]\s*访问微社区$/,
];
/** Cheap pre-check: every anchor holds one of these. */
const hint = /[:：]|复制|TA的|LV|楼|模式|浏览|道具|本帖|注册|登录|快速开始|微社区|^.{1,4}$/i;

const isAnchor = (t: string): boolean => t.length <= 80 && hint.test(t) && anchors.some((re) => re.test(t));

/**
 * Short enough to be one of the panel's labels or values, and not a sentence; the thread's title with the forum's
 * category tag ([技术教材] 关于…/…/解决办法) may be longer.
 */
const fragment = (t: string): boolean => (t.length <= 30 || (t.length <= 80 && /^\[[^\]]{1,8}\]/.test(t))) && !/[。，；！？]/.test(t);

/** How many lines may lie between two anchors of one block (a poster's panel prints each label and value alone). */
const GAP = 40;

const CHROME: Message = { zh: "论坛页面的帖子信息或发帖人资料，不是正文：请删除", en: "The forum page's thread counters or poster panel, not part of the text: delete it" };
const PANEL: Message = { zh: "论坛页面中夹在帖子信息之间的栏目或数值，不是正文：请删除", en: "A label or value of the forum page, lying among its thread counters and poster panel, not part of the text: delete it" };

export const forumChrome: Rule = {
  id: "forum-chrome",
  title: "论坛页面的帖子信息",
  titleEn: "Forum page's thread furniture",
  check: (input) => {
    const out: Finding[] = [];
    const paragraphs = input.snapshot.paragraphs.filter((p) => !p.inTable);
    let last = -1;
    let pending: DocParagraph[] = [];
    for (const [i, p] of paragraphs.entries()) {
      const t = p.text.trim();
      if (!t) continue;
      if (isAnchor(t)) {
        if (last >= 0 && i - last <= GAP + 1) for (const q of pending) out.push(finding("forum-chrome", "error", q, 0, q.text.length, PANEL));
        out.push(finding("forum-chrome", "error", p, 0, p.text.length, CHROME));
        last = i;
        pending = [];
      } else if (last >= 0 && fragment(t)) {
        pending.push(p);
      } else {
        last = -1;
        pending = [];
      }
    }
    return out;
  },
};
