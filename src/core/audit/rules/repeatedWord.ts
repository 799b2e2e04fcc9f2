import { type Pattern, type Rule, finding, matchFindings } from "../types";

/** Verbs said twice on purpose (研究研究 = “look into it”): reported as info, not as a mistake. */
const reduplicable = new Set(["研究", "商量", "讨论", "学习", "考虑", "琢磨", "交流", "沟通", "总结", "了解", "调查", "检查", "休息", "收拾", "整理", "打扫", "锻炼", "活动", "比较", "介绍"]);
/** One-character words doubled by a slip of the keyboard (的的, 是是); 常常, 天天, 人人 are not among them. */
const slips = /([的是在和与及对把被从])\1(?!\1)/g;
/** A word of two to four characters written twice in a row: 落实落实. */
const twice = /(\p{Script=Han}{2,4})\1/gu;

const repeated: Pattern = [
  twice,
  (m, p) => {
    const word = m[1] as string;
    if (/^(.)\1+$/.test(word)) return undefined;
    const intended = reduplicable.has(word);
    const message = intended
      ? { zh: `“${m[0]}”是重叠用法，讲话稿中请确认是否需要`, en: `“${m[0]}” is a reduplicated verb: check that the speech needs it` }
      : { zh: `“${word}”连续出现两次，疑为重复录入`, en: `“${word}” is written twice in a row, probably a typing slip` };
    return finding("repeated-word", intended ? "info" : "warning", p, m.index, m.index + m[0].length, message);
  },
];

const slip: Pattern = [
  slips,
  (m, p) => {
    const aabb = p.text[m.index + 2] !== undefined && p.text[m.index + 2] === p.text[m.index + 3];
    return aabb ? undefined : finding("repeated-word", "warning", p, m.index, m.index + 2, { zh: `“${m[0]}”疑为重复录入`, en: `“${m[0]}” looks like a typing slip (doubled character)` });
  },
];

export const repeatedWord: Rule = {
  id: "repeated-word",
  title: "词语重复",
  titleEn: "Repeated words",
  check: (input) => matchFindings(input, [repeated, slip]),
};
