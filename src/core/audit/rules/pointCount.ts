import { chineseNumber } from "../numerals";
import { type Finding, type Rule, bodyText, finding } from "../types";
import { type NumberMark, levels, numberMarks } from "./numbering";

const announce = /(?:讲|谈|提|说|强调|汇报)(?:以下|这么|如下)?([一二三四五六七八九十两]+)点(?:意见|要求|看法|想法|体会)/g;
const listAnnounce = /(?<!讲|谈|提|说)以下([一二三四五六七八九十两]+)点(?!意见|要求|看法|想法|体会)/g;
const rank = (m: NumberMark): number => levels.findIndex((l) => l.id === m.level);

/** Length of the list that starts at marks[from]: same-level marks until a higher heading or a restart. */
function listLength(marks: readonly NumberMark[], from: number): number {
  const first = marks[from];
  if (!first) return 0;
  let count = 0;
  for (const k of marks.slice(from)) {
    if (rank(k) < rank(first) && levels[rank(k)]?.heading) break;
    if (k.level !== first.level) continue;
    if (k.n === 1 && count > 0) break;
    count = Math.max(count, k.n);
  }
  return count;
}

/** “我讲四点意见” must be followed by four level-1 headings; “要做到以下四点” by a list (一是… or （一）…) of four. */
export const pointCount: Rule = {
  id: "point-count",
  title: "“几点意见”与实际不符",
  titleEn: "Announced number of points does not match",
  check: (input) => {
    const out: Finding[] = [];
    const marks = numberMarks(input);
    const paragraphs = bodyText(input);
    const order = new Map(paragraphs.map((p, i) => [p, i]));
    const after = (para: (typeof paragraphs)[number], offset: number) =>
      marks.findIndex((k) => (order.get(k.para) ?? 0) > (order.get(para) ?? 0) || (k.para === para && k.start > offset));
    for (const para of paragraphs) {
      for (const m of para.text.matchAll(announce)) {
        const said = chineseNumber(m[1] ?? "");
        const from = after(para, m.index);
        const headings = from < 0 ? 0 : marks.slice(from).filter((k) => k.level === "L1").length;
        if (said !== undefined && said !== headings) {
          out.push(finding("point-count", "error", para, m.index, m.index + m[0].length, { zh: `说“${m[0]}”，但后文有 ${headings} 个一级标题：请改正数目或标题`, en: `“${m[0]}” is announced but ${headings} level-1 headings follow: correct the number or the headings` }));
        }
      }
      for (const m of para.text.matchAll(listAnnounce)) {
        const said = chineseNumber(m[1] ?? "");
        const from = after(para, m.index);
        if (said === undefined || from < 0 || marks[from]?.level === "L1") continue;
        const count = listLength(marks, from);
        if (count !== said) out.push(finding("point-count", "error", para, m.index, m.index + m[0].length, { zh: `说“${m[0]}”，但随后列出 ${count} 点：请改正数目或条目`, en: `“${m[0]}” is announced but ${count} points follow: correct the number or the list` }));
      }
    }
    return out;
  },
};
