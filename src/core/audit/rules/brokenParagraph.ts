import { type Finding, type Rule, bodyText, finding } from "../types";

/**
 * A paragraph that stops at a comma or an enumeration comma (一方面，中央和省市县要求很严，): a converted file or a
 * web page broke the sentence across two paragraphs. No paragraph of a 公文 ends there; a salutation
 * (亲爱的同学们，, 尊敬的各位领导、各位来宾、同志们，) may, and is left alone.
 *
 * The paragraphs after such a break carry the rest of the sentence, and a page that broke it once often breaks it
 * again (…机关、部门、 / 单位或工作人员传达上级 / 指示， / 要求做什么事情时，…。): each following paragraph that does not open
 * a numbered heading is part of the broken sentence, and so is the next one while a paragraph still ends with no
 * closing mark. The chain ends at a paragraph that closes (。！？；：…).
 */
const openEnd = /[，、,]\s*$/;
const closedEnd = /[。！？；：:;!?”’）)》」』…]\s*$/;
const numbered = /^\s*(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十\d]{1,3}）|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]{1,3}[章节条部分])/;
const MIN = 12;
/** A salutation (尊敬的各位领导、各位来宾、同志们，) may end in a comma at any length: the address, not a broken sentence. */
const salutation = /^(?:尊敬的|亲爱的|各位|同志们|女士们|先生们|老师们|同学们|朋友们)[^，。；！？：,]{0,40}[，,]\s*$/;
const opensBreak = (t: string): boolean => t.length >= MIN && openEnd.test(t) && !salutation.test(t);

const BROKEN = {
  zh: "本段以逗号结尾，句子被断成了两段：请与下一段合并",
  en: "This paragraph ends with a comma, so a sentence was broken across two paragraphs: join it with the next one",
};
const REST = {
  zh: "本段接续上一段被断开的句子：请与上一段合并",
  en: "This paragraph carries on the sentence broken off in the paragraph before: join it with that one",
};

export const brokenParagraph: Rule = {
  id: "broken-paragraph",
  title: "段落在句中断开",
  titleEn: "Paragraph broken mid-sentence",
  check: (input) => {
    const out: Finding[] = [];
    let open = false;
    for (const p of bodyText(input)) {
      const t = p.text.trim();
      if (!t) {
        open = false;
        continue;
      }
      const rest: boolean = open && !numbered.test(t);
      if (rest) out.push(finding("broken-paragraph", "warning", p, 0, p.text.length, REST));
      else if (opensBreak(t)) out.push(finding("broken-paragraph", "warning", p, 0, p.text.length, BROKEN));
      open = rest ? !closedEnd.test(t) : opensBreak(t);
    }
    return out;
  },
};
