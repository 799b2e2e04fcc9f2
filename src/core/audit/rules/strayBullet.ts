import { type Finding, type Rule, finding } from "../types";

/**
 * A line holding only a list bullet (-, •, ·), the item's text lost when the page's list was copied. A 公文 never
 * has one; ＊＊＊ section breaks and * masks are other rules' (a bullet here is one or two characters alone).
 */
const bulletOnly = /^[-－–•·●○■□◆◇▪]{1,2}$/;

export const strayBullet: Rule = {
  id: "stray-bullet",
  title: "只有项目符号的空行",
  titleEn: "Lines holding only a bullet",
  check: (input) => {
    const out: Finding[] = [];
    for (const p of input.snapshot.paragraphs) {
      const t = p.text.trim();
      if (!bulletOnly.test(t)) continue;
      const at = p.text.indexOf(t);
      out.push(finding("stray-bullet", "warning", p, at, at + t.length, {
        zh: `这一行只有项目符号“${t}”，内容已丢失：请删除此行或补写内容`,
        en: `This line holds only the bullet “${t}”, its text lost: delete the line or write the item`,
      }));
    }
    return out;
  },
};
