import type { DocParagraph } from "../../document/snapshot";
import { chineseNumber, chineseNumeral } from "../numerals";
import { type AuditInput, type Finding, type Message, type Rule, bodyText, finding } from "../types";

/** The numbering levels of 公文, outermost first; a heading resets the sequences of every level below it. */
export const levels = [
  { id: "L1", re: /^\s*([一二三四五六七八九十]+)、/, write: (n: number) => `${chineseNumeral(n)}、`, heading: true },
  { id: "L2", re: /^\s*（([一二三四五六七八九十]+)）/, write: (n: number) => `（${chineseNumeral(n)}）`, heading: true },
  // 1.5 is a decimal, but 1、2019年… is item 1 whatever follows it.
  { id: "L3", re: /^\s*(\d{1,2})(?:[.．](?!\d)|、)/, write: (n: number) => `${n}.`, heading: true },
  { id: "L4", re: /^\s*[（(](\d{1,2})[）)]/, write: (n: number) => `（${n}）`, heading: true },
  // 一是…二是 after a sentence end, a comma or a colon, followed by the point itself (words, a placeholder, a figure or
  // a quotation): “一是XX影响力获得新提升” counts, so the 二是 after it is not reported as missing its 一是.
  { id: "SHI", re: /(?:^|[。；！？，：])\s*([一二三四五六七八九十]+)是(?=[\p{Script=Han}XxＸ×“‘《（0-9*])/gu, write: (n: number) => `${chineseNumeral(n)}是`, heading: false },
  { id: "DI", re: /(?:^|[。；！？])\s*第([一二三四五六七八九十]+)[，,、]/g, write: (n: number) => `第${chineseNumeral(n)}`, heading: false },
] as const;

export interface NumberMark {
  level: (typeof levels)[number]["id"];
  n: number;
  para: DocParagraph;
  start: number;
  end: number;
}

/** Each level's pattern compiled once, global so that one paragraph can hold several 一是…二是 marks. */
const compiled = levels.map((l) => ({ level: l, re: new RegExp(l.re.source, l.re.flags.includes("g") ? l.re.flags : `${l.re.flags}g`) }));

/** The marks of an audit's input, read once and shared by the numbering and point-count rules. */
const marksOf = new WeakMap<AuditInput, NumberMark[]>();

/** Every numbering mark in the body, in order. */
export function numberMarks(input: AuditInput): NumberMark[] {
  const known = marksOf.get(input);
  if (known) return known;
  const marks: NumberMark[] = [];
  marksOf.set(input, marks);
  for (const para of bodyText(input)) {
    let headed = false;
    // An automatic list number (Word's ListItem.listString) is not in the text: it numbers the heading it heads.
    for (const { level, re } of para.listString ? compiled : []) {
      re.lastIndex = 0;
      const m = level.heading && !headed ? re.exec(para.listString ?? "") : null;
      const n = m ? chineseNumber(m[1] ?? "") : undefined;
      if (n === undefined) continue;
      marks.push({ level: level.id, n, para, start: 0, end: para.text.length });
      headed = true;
    }
    for (const { level, re } of compiled) {
      if (level.heading && headed) continue;
      re.lastIndex = 0;
      for (let m = re.exec(para.text); m; m = re.exec(para.text)) {
        const n = chineseNumber(m[1] ?? "");
        const lead = /^[。；！？，：]?\s*/.exec(m[0])?.[0].length ?? 0;
        const at = m.index + lead;
        if (n !== undefined) marks.push({ level: level.id, n, para, start: at, end: m.index + m[0].length });
        if (level.heading) {
          headed = true;
          const first = runInItem(para, m.index + m[0].length, rank(level.id));
          if (first) marks.push(first);
          break;
        }
      }
    }
  }
  return marks;
}

const rank = (id: string): number => levels.findIndex((l) => l.id === id);

/**
 * A heading run into the first item below it after its colon (一、公文种类：1.通知：…): that item opens the lower
 * level's sequence, so the 2. on the next line is not missing its 1.
 */
const headingColon = /^[^。；！？：:]{1,20}[：:]\s*/;
function runInItem(para: DocParagraph, from: number, headingRank: number): NumberMark | undefined {
  const colon = headingColon.exec(para.text.slice(from, from + 40));
  if (!colon) return undefined;
  const at = from + colon[0].length;
  const rest = para.text.slice(at, at + 8);
  for (const level of levels.slice(headingRank + 1)) {
    if (!level.heading) continue;
    const m = level.re.exec(rest);
    const n = m ? chineseNumber(m[1] ?? "") : undefined;
    if (m && n !== undefined) return { level: level.id, n, para, start: at, end: at + m[0].length };
  }
  return undefined;
}

/**
 * Gaps, duplicates and restarts in each level's sequence; each problem is reported once and the count resyncs to the
 * number found (一、二、四、五 flags 四 only).
 */
export const numbering: Rule = {
  id: "numbering",
  title: "序号断档、重复",
  titleEn: "Numbering gaps and duplicates",
  check: (input) => {
    const out: Finding[] = [];
    const last = new Map<string, number>();
    for (const mark of numberMarks(input)) {
      const level = levels[rank(mark.level)];
      if (!level) continue;
      if (level.heading) for (const l of levels.slice(rank(mark.level) + 1)) last.delete(l.id);
      const prev = last.get(mark.level) ?? 0;
      const expected = prev + 1;
      last.set(mark.level, mark.n);
      if (mark.n === expected) continue;
      const got = level.write(mark.n);
      let message: Message;
      let severity: "error" | "warning" = "error";
      const want = level.write(expected);
      const before = prev ? level.write(prev) : "";
      if (mark.n === prev) message = { zh: `序号“${got}”重复：应为“${want}”`, en: `Number “${got}” is repeated: it should be “${want}”` };
      else if (mark.n > expected) {
        message = {
          zh: `序号从“${before || "开头"}”跳到“${got}”，缺少“${want}”`,
          en: `Numbering jumps from ${before ? `“${before}”` : "the start"} to “${got}”: “${want}” is missing`,
        };
      } else if (mark.n === 1) {
        message = { zh: `序号“${got}”在同一层级中重新开始：前面已到“${before}”`, en: `Number “${got}” restarts the sequence at this level, which had reached “${before}”` };
        severity = level.heading && mark.level === "L1" ? "error" : "warning";
      } else message = { zh: `序号“${got}”倒退：前一个是“${before}”`, en: `Number “${got}” goes backwards: the previous one is “${before}”` };
      out.push(finding("numbering", severity, mark.para, mark.start, mark.end, message));
    }
    return out;
  },
};
