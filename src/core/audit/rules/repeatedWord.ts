import { type Finding, type Rule, finding } from "../types";

/** Verbs said twice on purpose (研究研究 = “look into it”): reported as info, not as a mistake. */
const reduplicable = new Set(["研究", "商量", "讨论", "学习", "考虑", "琢磨", "交流", "沟通", "总结", "了解", "调查", "检查", "休息", "收拾", "整理", "打扫", "锻炼", "活动", "比较", "介绍"]);
/** One-character words doubled by a slip of the keyboard (的的, 是是); 常常, 天天, 人人 are not among them. */
const slips = /([的是在和与及对把被从])\1(?!\1)/g;
/** A word of two to four characters written twice in a row: 落实落实. */
const twice = /(\p{Script=Han}{2,4})\1/gu;

export const repeatedWord: Rule = {
  id: "repeated-word",
  title: "词语重复",
  check: (input) => {
    const out: Finding[] = [];
    for (const p of input.snapshot.paragraphs) {
      for (const m of p.text.matchAll(twice)) {
        const word = m[1] as string;
        if (/^(.)\1+$/.test(word)) continue;
        const intended = reduplicable.has(word);
        const message = intended ? `“${m[0]}”是重叠用法，讲话稿中请确认是否需要` : `“${word}”连续出现两次，疑为重复录入`;
        out.push(finding("repeated-word", intended ? "info" : "warning", p, m.index, m.index + m[0].length, message));
      }
      for (const m of p.text.matchAll(slips)) {
        const aabb = p.text[m.index + 2] !== undefined && p.text[m.index + 2] === p.text[m.index + 3];
        if (!aabb) out.push(finding("repeated-word", "warning", p, m.index, m.index + 2, `“${m[0]}”疑为重复录入`));
      }
    }
    return out;
  },
};
