import type { DocParagraph } from "../../document/snapshot";
import { type Finding, type Pattern, type Rule, finding, matchFindings } from "../types";

/** Verbs said twice on purpose (研究研究 = “look into it”): reported as info, not as a mistake. */
const reduplicable = new Set(["研究", "商量", "讨论", "学习", "考虑", "琢磨", "交流", "沟通", "总结", "了解", "调查", "检查", "休息", "收拾", "整理", "打扫", "锻炼", "活动", "比较", "介绍"]);
/** One-character words doubled by a slip of the keyboard (的的, 是是, 同志们们); 常常, 天天, 人人 are not among them. */
const slips = /([的是在和与及对把被从们])\1(?!\1)/g;
const han = /^\p{Script=Han}+$/u;
/** Words that begin with one of the slip characters: written after that same character, nothing is doubled. */
const wordsAfterSlip = new Set([
  "对方", "对象", "对手", "对外", "对话", "对比", "对接", "对口", "对策", "对照", "对待", "对应", "对立", "对称", "对于",
  "在于", "在场", "在建", "在岗", "在职", "在校", "在内", "是否", "是非", "和平", "和谐", "和睦", "从事", "从业", "从严",
  "从而", "把握", "把关", "被告", "与会", "及时", "的确",
]);

/**
 * Words of two to four Chinese characters written twice in a row (落实落实), left to right, the longest at each place
 * first; reading resumes after a hit. Compared character by character: the equivalent backreference pattern was the
 * slowest part of the audit.
 */
function twiceIn(text: string): { start: number; word: string }[] {
  const out: { start: number; word: string }[] = [];
  for (let i = 0; i + 4 <= text.length; ) {
    let len = 0;
    for (let n = 4; n >= 2 && len === 0; n -= 1) {
      if (i + 2 * n > text.length || text.charCodeAt(i) !== text.charCodeAt(i + n)) continue;
      let same = true;
      for (let k = 1; k < n && same; k += 1) same = text.charCodeAt(i + k) === text.charCodeAt(i + n + k);
      if (same && han.test(text.slice(i, i + n))) len = n;
    }
    if (len === 0) {
      i += 1;
      continue;
    }
    out.push({ start: i, word: text.slice(i, i + len) });
    i += 2 * len;
  }
  return out;
}

/**
 * Every unit followed by the title of its head: 各乡镇乡镇长, 各街道街道办主任, 各部门部门负责人 (the heads of every
 * 乡镇), where the second copy begins the title. Without 各/每 before it (党政务政务干部) the word is doubled.
 */
const headTitle = /^(?:长|办|党委|党组|书记|主任|负责人|干部|委员|代表|支部)/;
const every = /[各每]$/;

function repeatedIn(p: DocParagraph): Finding[] {
  const out: Finding[] = [];
  for (const { start, word } of twiceIn(p.text)) {
    if (/^(.)\1+$/.test(word)) continue;
    if (every.test(p.text[start - 1] ?? "") && headTitle.test(p.text.slice(start + 2 * word.length, start + 2 * word.length + 3))) continue;
    const intended = reduplicable.has(word);
    const message = intended
      ? { zh: `“${word}${word}”是重叠用法，讲话稿中请确认是否需要`, en: `“${word}${word}” is a reduplicated verb: check that the speech needs it` }
      : { zh: `“${word}”连续出现两次，疑为重复录入`, en: `“${word}” is written twice in a row, probably a typing slip` };
    out.push(finding("repeated-word", intended ? "info" : "warning", p, start, start + 2 * word.length, message));
  }
  return out;
}

const slip: Pattern = [
  slips,
  (m, p) => {
    const aabb = p.text[m.index + 2] !== undefined && p.text[m.index + 2] === p.text[m.index + 3];
    // 对对方, 在在职: the second character starts the next word, so nothing is doubled.
    const startsWord = wordsAfterSlip.has(p.text.slice(m.index + 1, m.index + 3));
    return aabb || startsWord ? undefined : finding("repeated-word", "warning", p, m.index, m.index + 2, { zh: `“${m[0]}”疑为重复录入`, en: `“${m[0]}” looks like a typing slip (doubled character)` });
  },
];

export const repeatedWord: Rule = {
  id: "repeated-word",
  title: "词语重复",
  titleEn: "Repeated words",
  check: (input) => {
    // In document order: each paragraph's doubled words, then its doubled characters, as before.
    const out: Finding[] = [];
    for (const p of input.snapshot.paragraphs) out.push(...repeatedIn(p), ...matchFindings({ ...input, snapshot: { paragraphs: [p] } }, [slip]));
    return out;
  },
};
