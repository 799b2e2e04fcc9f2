import { partKey } from "../../document/snapshot";
import { type Finding, type Rule, finding } from "../types";

/**
 * A paragraph the site cut off: it stops without a closing mark right before the site's notice that text was left
 * out (……省略854字，正式会员可完整阅读; 未完，全文共6831字) or that the rest is behind a login or paywall (请先登录,
 * 预览结束, 试读结束，开通会员…), or stops unfinished at a page footer (…取得胜 / - 1 -: the rest is on a page the
 * site did not show). An ellipsis does not finish a paragraph before such a notice: it is the site's mark of the cut. The notice itself is a site line (rules/siteLine); this
 * reports the text it cut, which a drafter would otherwise print half-finished.
 */
const notice = /省略\d+字|全文共\d+字|隐藏\d+字|当前仅显示|完整阅读|（未完|剩余\d+字|阅读全文|^\s*(?:请先登录[！!。]?\s*$|预览结束|试读结束)/;
const closed = /[。！？”’）》;；]\s*$/;
/** A short numbered heading (四、会议地点) is whole without a closing mark: the cut falls after it, not in it. */
const heading = /^\s*(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.．、](?!\d))[^，。；！？]{1,20}$/;
const pageBreak = /^\s*(?:[-—－–]\s*\d{1,4}\s*[-—－–]|第\s*\d{1,4}\s*页(?:\s*[/／，,]?\s*共\s*\d{1,4}\s*页)?)\s*[。.]?\s*$/;

export const cutBySite: Rule = {
  id: "cut-by-site",
  title: "被网站截断的段落",
  titleEn: "Paragraphs the site cut off",
  check: (input) => {
    const out: Finding[] = [];
    const paragraphs = input.snapshot.paragraphs;
    for (const [i, p] of paragraphs.entries()) {
      const next = paragraphs[i + 1];
      if (!next || partKey(next.part) !== partKey(p.part) || !p.text.trim() || closed.test(p.text) || notice.test(p.text) || heading.test(p.text) || !(notice.test(next.text) || pageBreak.test(next.text))) continue;
      out.push(
        finding("cut-by-site", "error", p, 0, p.text.length, {
          zh: "本段在网站截断处中断，后文缺失：请按原文补全",
          en: "This paragraph stops where the site cut the text and the rest is missing: complete it from the original",
        }),
      );
    }
    return out;
  },
};
