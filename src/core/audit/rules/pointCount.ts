import type { DocParagraph } from "../../document/snapshot";
import { chineseNumber } from "../numerals";
import { type Finding, type Rule, bodyText, finding } from "../types";
import { type NumberMark, levels, numberMarks } from "./numbering";

/** “我讲四点意见”, “我讲三个方面的问题”: the speech's level-1 headings. */
const announce = /(?:讲|谈|提|说|强调|汇报)(?:以下|这么|如下)?([一二三四五六七八九十两]+)(?:点|个方面的?)(?:意见|要求|看法|想法|体会|问题|工作)/g;
/**
 * “要做到以下四点”, “从以下三个方面”: the list (一是…, （一）…) right after it. A match whose first group holds 讲 谈 提
 * or 说 is the speech's own announcement (讲以下三点意见), left to `announce`: tested this way because older Safari
 * cannot parse a lookbehind.
 */
const listAnnounce = /([讲谈提说]?)以下([一二三四五六七八九十两]+)(?:点|个方面)(?!的?(?:意见|要求|看法|想法|体会|问题|工作))/g;
const rank = (m: NumberMark): number => levels.findIndex((l) => l.id === m.level);

/**
 * For every mark, the length of the list that starts there: same-level marks until a higher heading or a restart
 * (a later 1), counted as the highest number reached. Computed right to left in one pass, each mark reusing the
 * answer of the next mark of its level, so many announcements cost no more than one.
 */
function listLengths(marks: readonly NumberMark[]): number[] {
  const out = new Array<number>(marks.length).fill(0);
  /** per level: the index of the nearest later mark of that level */
  const nextOf = new Map<string, number>();
  /** the index of the nearest later heading mark of each rank */
  const headingAt = levels.map(() => Infinity);
  for (let i = marks.length - 1; i >= 0; i -= 1) {
    const m = marks[i] as NumberMark;
    const r = rank(m);
    const next = nextOf.get(m.level);
    const stop = Math.min(...headingAt.slice(0, r));
    const nextMark = next === undefined ? undefined : marks[next];
    const continues = next !== undefined && nextMark !== undefined && next < stop && nextMark.n !== 1;
    out[i] = continues ? Math.max(m.n, out[next] ?? 0) : m.n;
    nextOf.set(m.level, i);
    if (levels[r]?.heading) headingAt[r] = i;
  }
  return out;
}

/** “我讲四点意见” must be followed by four level-1 headings; “要做到以下四点” by a list (一是… or （一）…) of four. */
export const pointCount: Rule = {
  id: "point-count",
  title: "“几点意见”与实际不符",
  titleEn: "Announced number of points does not match",
  check: (input) => {
    const out: Finding[] = [];
    const marks = numberMarks(input);
    const lengths = listLengths(marks);
    /** level-1 headings from each mark to the end */
    const l1After = new Array<number>(marks.length + 1).fill(0);
    for (let i = marks.length - 1; i >= 0; i -= 1) l1After[i] = (l1After[i + 1] ?? 0) + (marks[i]?.level === "L1" ? 1 : 0);
    const paragraphs = bodyText(input);
    const order = new Map<DocParagraph, number>(paragraphs.map((p, i) => [p, i]));
    const key = (paraIndex: number, offset: number): number => paraIndex * 2 ** 26 + offset;
    const markKeys = marks.map((k) => key(order.get(k.para) ?? 0, k.start));
    /** the first mark after `offset` in paragraph `paraIndex` (marks are in document order), -1 when none */
    const after = (paraIndex: number, offset: number): number => {
      const x = key(paraIndex, offset);
      let lo = 0;
      let hi = markKeys.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((markKeys[mid] as number) <= x) lo = mid + 1;
        else hi = mid;
      }
      return lo < marks.length ? lo : -1;
    };
    paragraphs.forEach((para, pi) => {
      for (const m of para.text.matchAll(announce)) {
        const said = chineseNumber(m[1] ?? "");
        const from = after(pi, m.index);
        const headings = from < 0 ? 0 : (l1After[from] ?? 0);
        if (said !== undefined && said !== headings) {
          out.push(
            finding("point-count", "error", para, m.index, m.index + m[0].length, {
              zh: `说“${m[0]}”，但后文有 ${headings} 个一级标题：请改正数目或标题`,
              en: `“${m[0]}” is announced but ${headings} level-1 headings follow: correct the number or the headings`,
            }),
          );
        }
      }
      for (const m of para.text.matchAll(listAnnounce)) {
        if (m[1]) continue;
        const said = chineseNumber(m[2] ?? "");
        const from = after(pi, m.index);
        if (said === undefined || from < 0 || marks[from]?.level === "L1") continue;
        const count = lengths[from] ?? 0;
        if (count !== said) {
          out.push(
            finding("point-count", "error", para, m.index, m.index + m[0].length, {
              zh: `说“${m[0]}”，但随后列出 ${count} 点：请改正数目或条目`,
              en: `“${m[0]}” is announced but ${count} points follow: correct the number or the list`,
            }),
          );
        }
      }
    });
    return out;
  },
};
