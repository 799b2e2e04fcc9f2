import { FIELD_LABELS, INSTRUCTION_WORDS, PAREN_CUES } from "./lexicon";
import type { PlaceholderForm } from "./types";

/**
 * Placeholders written without X markers. Rules, each a pattern below:
 *  - 某某, 某某某 (a single 某 is ordinary Chinese: 某些, 某种), and a single 某 before a title or 年 (某同志, 某年);
 *    ○○ and □□ (not the zero 〇 of 二〇二〇年).
 *  - Blanks: two or more underscores of any length (__, ____); one underscore only before a date unit (_月_日) or,
 *    after Chinese, before a unit of count (共_天);
 *    a year's first digits belong to the blank when the blank ends the year (20__年 → “20__”).
 *  - Bracketed fields: 【…】 and […] holding an instruction word (此处, 填写…) or a field label (标题, 正文, 单位名称,
 *    日期, 姓名…); （…） beginning with an instruction (此处, 请, 填写…), holding a layout or content cue (居中, 顶格,
 *    可不写, 如“…”; not an aside opening with 如“…” that gives examples), or being a short field label (（姓名）, （原因）, （单位全称/发文机关）) — but not （盖章） or
 *    （签名）, which stay on the printed page to mark where the stamp or signature goes. Advert headings such as
 *    【打击倒卖活动】 and ordinary parentheses such as （试行） hold none of these. A label already filled in with a
 *    figure (【发布日期：2025-09-22】) is not a blank, and a note telling a web page's reader to read, click or log in
 *    (（请认真阅读下面的提示信息）) or asking the notice's readers to act by a date (（请于3月5日前报送）) is not an
 *    instruction to the drafter, nor is a statement about the page (（此页无正文）).
 *    […] also holds a brief of what to write ([简述议题], [纪律/材料准备等]).
 *  - Empty pairs left as blanks: （）, ()、【】, [] and “”.
 *  - Masks: phone numbers (XXXX-XXXXXXX), e-mail addresses whose name is masked (xx@email.com, XXX@XXX.com), and runs
 *    of * standing for a word or digits a site hid (林*同志, 20**年, “*”思路, 中共 * 市): next to Chinese text or 年, or a
 *    lone * between Chinese words set off by single spaces, never between digits (5898*2352 is a product of
 *    dimensions); a × between Chinese words (为×高质量发展); a mobile number masked as 138-XXXX-XXXX.
 * A mask is a placeholder (it must be written before printing); the audit explains it as a hidden word.
 */
export interface FormHit {
  start: number;
  end: number;
  form: PlaceholderForm;
}

const han = /\p{Script=Han}/u;
const label = (content: string): boolean => FIELD_LABELS.some((w) => content.includes(w));
/**
 * 【…】 names a field when one of its “/”-parts ends in the field's label (【发文日期】, 【主送单位/个人】); a heading in
 * 【】 that only mentions a label word (【证明信格式】) is the page's title, not a field.
 */
const namesField = (content: string): boolean =>
  content.split("/").some((part) => FIELD_LABELS.some((w) => part.replace(/[\s：:]+$/, "").endsWith(w)));
/** （盖章）, （签名）: where the stamp or signature goes on the printed page — printed as they are. */
const printedMark = /章|签名|签字/;
/** A field label followed by its value with a figure in it, and no instruction: the field is written. */
function filledField(content: string): boolean {
  const colon = content.search(/[:：]/);
  return colon >= 0 && /\d/.test(content.slice(colon + 1)) && !INSTRUCTION_WORDS.some((w) => content.includes(w));
}
/** [简述议题], [明确范围], [纪律/材料准备等]: a short brief of what to write, in ASCII brackets on a template. */
const briefOf = (content: string): boolean => /^(?:简述|明确|说明|列明|注明|描述|概述|列出|写明)/.test(content) || /^[\p{Script=Han}]{2,8}(?:\/[\p{Script=Han}]{2,8})+等?$/u.test(content);
const readerNote = /^请(?:认真|仔细)?(?:阅读|查看|浏览|点击|扫码|登录|关注|勿)/;
/**
 * A notice's own request to its readers in brackets (（请于3月5日前将回执报送…）, （请携带身份证原件）): a deadline or an
 * action for the reader, with no word telling the drafter to write something.
 */
const readerRequest = /[于在].{0,12}前|报送|携带|准时|按时|参加|出席|届时/;
const drafterCue = /此处|在此|填写|填入|插入|写明|注明|列出|替换|修改|补充/;
const askedOfReader = (c: string): boolean => readerNote.test(c) || (readerRequest.test(c) && !drafterCue.test(c));
/** A statement about the page (此页无正文) names no field even when it ends in a label word. */
const statement = /[无不没已略]/;
const shortLabel = (content: string): boolean =>
  content.length <= 10 && !printedMark.test(content) && content.split("/").every((part) => FIELD_LABELS.some((w) => part.endsWith(w)));

/**
 * A character that may not stand right before a match (written without lookbehind, which older Safari cannot parse):
 * `when` says which alternative of the pattern it guards; a match refused here is retried one character further on,
 * as the regex engine would.
 */
interface NotAfter {
  chars: RegExp;
  when?: (m: RegExpExecArray) => boolean;
}

const patterns: { re: RegExp; form: PlaceholderForm; notAfter?: NotAfter; accept?: (m: RegExpExecArray, text: string) => boolean }[] = [
  { re: /某{2,}/g, form: "mou" },
  // 某同志总结了某年工作: a single 某 standing for a name before a title, or for a year (not 某些, 某种, 某一).
  { re: /某(?=(?:同志|书记|县长|市长|区长|镇长|乡长|局长|主任|部长|主席|处长|科长)|年(?!级))/g, form: "mou", notAfter: { chars: /某/ } },
  { re: /○{2,}/g, form: "circle" },
  { re: /□{2,}/g, form: "box" },
  // A single underscore: before a date unit (_月_日), or between Chinese before a unit of count (放假共_天).
  {
    re: /(?:19|20)\d?[_＿]+(?=年)|[_＿]{2,}|([_＿])(?=[年月日号])|([_＿])(?=[天个人名次元项家份岁])/g,
    form: "blank",
    notAfter: { chars: /[A-Za-z0-9_＿]/, when: (m) => m[1] !== undefined || m[2] !== undefined },
    accept: (m, text) => m[2] === undefined || han.test(text[m.index - 1] ?? ""),
  },
  {
    re: /【([^【】]{0,200})】/g,
    form: "instruction",
    accept: (m) => (m[1] ?? "").trim() === "" || INSTRUCTION_WORDS.some((w) => (m[1] ?? "").includes(w)) || (namesField(m[1] ?? "") && !filledField(m[1] ?? "")),
  },
  {
    // ASCII brackets around Chinese: a form field ([单位名称], [填写日期]); [1] and [a] are references, not fields.
    re: /\[([^[\]]{0,40})\]/g,
    form: "instruction",
    accept: (m) => (m[1] ?? "").trim() === "" || (han.test(m[1] ?? "") && (INSTRUCTION_WORDS.some((w) => (m[1] ?? "").includes(w)) || label(m[1] ?? "") || briefOf(m[1] ?? ""))),
  },
  {
    re: /[（(]([^（）()]{0,200})[）)]/g,
    form: "instruction",
    accept: (m, text) => {
      const c = m[1] ?? "";
      // （如“各职能处室”“全体干部职工”）: examples given in running text, not a field to fill.
      if (/^(?:如|例如|比如)[“"：:]/.test(c) && !drafterCue.test(c)) return false;
      // 上午10:00（北京时间）: a label right after a written figure says what the figure is; the field is filled.
      const noteOnFigure = /[0-9０-９]/.test(text[m.index - 1] ?? "");
      return c.trim() === "" || (/^(?:此处|在此|请|填写|插入)/.test(c) && !askedOfReader(c)) || PAREN_CUES.some((w) => c.includes(w)) || (shortLabel(c) && !statement.test(c) && !noteOnFigure);
    },
  },
  { re: /“\s*”/g, form: "blank" },
  // 以双招双引为×高质量发展注入动能: a × between Chinese words stands for a word a site hid (3×4米 is a dimension).
  // 长×宽 names the dimensions multiplied.
  { re: /×(?=\p{Script=Han})/gu, form: "mask", accept: (m, text) => han.test(text[m.index - 1] ?? "") && !/^[长宽高深厚]{2}$/.test((text[m.index - 1] ?? "") + (text[m.index + 1] ?? "")) },
  { re: /[XxＸ0-9]{3,4}-[XxＸ0-9]{7,8}(?![0-9])/g, form: "mask", notAfter: { chars: /[A-Za-z0-9]/ }, accept: (m) => /[XxＸ]/.test(m[0]) },
  // 138-XXXX-XXXX: a mobile number's last eight digits masked in two groups of four.
  { re: /[XxＸ]{4}-[XxＸ]{4}(?![XxＸ0-9-])/g, form: "mask", notAfter: { chars: /[A-Za-z0-9XxＸ]/ } },
  { re: /[XxＸ*＊]{2,}@[A-Za-z0-9XxＸ*＊-]+(?:\.[A-Za-z]{2,4}){1,2}/g, form: "mask", notAfter: { chars: /[A-Za-z0-9]/ } },
  {
    re: /(?:19|20)\d?[*＊]+(?=年)|([*＊]{1,6})(?![0-9A-Za-z*＊])/g,
    form: "mask",
    notAfter: { chars: /[0-9A-Za-z*＊]/, when: (m) => m[1] !== undefined },
    accept: (m, text) => {
      const before = text[m.index - 1] ?? "";
      const after = text[m.index + m[0].length] ?? "";
      if (m.index === 0 && /\s/.test(after)) return false; // a bullet
      // 中共 * 市 * 镇: a lone * set off by single spaces between Chinese words stands for a hidden name too.
      const spaced = m[0].length === 1 && before === " " && after === " " && han.test(text[m.index - 2] ?? "") && han.test(text[m.index + 2] ?? "");
      return spaced || /\d/.test(m[0]) || han.test(before) || han.test(after) || /[“‘《（]/.test(before) || /[”’》）]/.test(after);
    },
  },
];

export function formHits(text: string): FormHit[] {
  const out: FormHit[] = [];
  for (const { re, form, notAfter, accept } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (notAfter && (notAfter.when?.(m) ?? true) && notAfter.chars.test(text[m.index - 1] ?? "")) {
        re.lastIndex = m.index + 1;
        continue;
      }
      if (!accept || accept(m, text)) out.push({ start: m.index, end: m.index + m[0].length, form });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
