import type { DocParagraph } from "../../document/snapshot";
import { wordIndex, wordsIn } from "../wordIndex";
import { type Finding, type Rule, finding } from "../types";

/**
 * Adverts and copyright lines that template sites stamp on downloads. Wordings change, so paragraphs are scored by
 * cue words instead of matched against fixed sentences: a strong cue (公众号, QQ群, 仅供学习…) counts 2, a weak one
 * (会员, 下载, 订阅…, words ordinary text also uses) counts 1, and 2 points make an advert. Short lines next to adverts
 * before the document's title are flagged too, as a warning: that is where sites put their name and slogans. The title
 * is looked for only above the text: once a line of the document has ended a sentence, the text has begun, and a
 * title-like line further down (a site's 本文标题：… under the text) puts no heading of the document “before the title”.
 */
const strong = ["公众号", "QQ群", "qq群", "扫码", "二维码", "更多范文", "范文网", "仅供学习", "仅供参考", "禁止外传", "严禁转载", "禁止转载", "版权所有", "倒卖", "加微信", "微信号", "资料群", "会员群", "VIP", "vip", "付费下载", "下载地址", "转载请注明", "侵权必究", "www.", "http"];
const weak = ["会员", "下载", "订阅", "免费", "微信", "分享", "平台", "资料", "举报", "权益", "赠送", "迭代", "实时", "关注", "领取", "广告", "群：", "客服"];

const strongSet = new Set(strong);
const cues = wordIndex([...strong, ...weak]);

/** 2 points per strong cue and 1 per weak cue present (each cue counted once), the paragraph read once. */
function score(text: string): number {
  let n = 0;
  for (const w of wordsIn(cues, text)) n += strongSet.has(w) ? 2 : 1;
  return n;
}

/** Whether a paragraph scores as an advert (other rules leave such lines to this one). */
export const isAdvert = (text: string): boolean => text.trim() !== "" && score(text) >= 2;

const titleCue = /讲话|通知|报告|意见|方案|决定|纪要|总结|发言|致辞|请示|批复/;

function titleIndex(ps: DocParagraph[], flagged: ReadonlySet<DocParagraph>): number {
  for (const [i, p] of ps.entries()) {
    if (titleCue.test(p.text) && p.text.length <= 50 && !/[。！？]$/.test(p.text)) return i;
    if (/[。！？]\s*$/.test(p.text) && !flagged.has(p)) return 0;
  }
  return 0;
}

export const advert: Rule = {
  id: "advert",
  title: "广告和水印残留",
  titleEn: "Adverts and watermarks left in",
  check: (input) => {
    const out: Finding[] = [];
    const flagged = new Set<DocParagraph>();
    for (const p of input.snapshot.paragraphs) {
      if (isAdvert(p.text)) {
        flagged.add(p);
        out.push(finding("advert", "error", p, 0, p.text.length, { zh: "疑似模板网站的广告或版权声明，打印前请删除", en: "Looks like a template site's advert or copyright notice: delete it before printing" }));
      }
    }
    const body = input.snapshot.paragraphs.filter((p) => p.part.kind === "body");
    const title = titleIndex(body, flagged);
    const before = body.slice(0, title);
    if (before.some((p) => flagged.has(p))) {
      for (const p of before) {
        if (!flagged.has(p) && p.text.trim() && p.text.length <= 40) {
          out.push(finding("advert", "warning", p, 0, p.text.length, { zh: "标题前与广告相邻的短句，可能是模板网站的名称或宣传语，请确认后删除", en: "Short line beside an advert before the title, probably the template site's name or slogan: check and delete it" }));
        }
      }
    }
    return out;
  },
};
