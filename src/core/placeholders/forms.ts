import { INSTRUCTION_WORDS } from "./lexicon";
import type { PlaceholderForm } from "./types";

/** A placeholder written without X markers. */
export interface FormHit {
  start: number;
  end: number;
  form: PlaceholderForm;
}

const patterns: { re: RegExp; form: PlaceholderForm; accept?: (m: RegExpExecArray) => boolean }[] = [
  // 某某 and 某某某 stand for a name; a single 某 (某些, 某种, 某个, 某一, 某地) is ordinary Chinese.
  { re: /某{2,}/g, form: "mou" },
  // ○○ (white circles) and □□ (white squares); the Chinese zero 〇 of 二〇二〇年 is a different character.
  { re: /○{2,}/g, form: "circle" },
  { re: /□{2,}/g, form: "box" },
  // Blanks to write in: three or more underscores, ASCII or full-width.
  { re: /[_＿]{3,}/g, form: "blank" },
  // 【…】 that tells the drafter what to write (【此处插入本地数据】); an advert heading such as 【打击倒卖活动】 is not.
  {
    re: /【([^【】]{1,200})】/g,
    form: "instruction",
    accept: (m) => INSTRUCTION_WORDS.some((w) => (m[1] ?? "").includes(w)),
  },
  // （此处填写…） and (请填写…): parentheses only when they begin with an instruction.
  { re: /[（(](?:此处|在此|请|填写|插入)[^（）()]{0,100}[）)]/g, form: "instruction" },
  // Masks for a phone number or an e-mail address.
  { re: /(?<![A-Za-z0-9])[XxＸ0-9]{3,4}-[XxＸ0-9]{7,8}(?![0-9])/g, form: "mask", accept: (m) => /[XxＸ]/.test(m[0]) },
  { re: /(?<![A-Za-z0-9])[Xx]{2,}@[Xx]{2,}(?:\.[a-z]{2,4}){1,2}/g, form: "mask" },
];

export function formHits(text: string): FormHit[] {
  const out: FormHit[] = [];
  for (const { re, form, accept } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!accept || accept(m)) out.push({ start: m.index, end: m.index + m[0].length, form });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
