import type { Placeholder } from "../placeholders/types";
import { markerRe } from "./lists";
import { type Named, leadingUnit, ownFrom, stripUnit } from "./mentionText";
import { normalise, totalAgainstLocal } from "./nameIndex";
import type { Row } from "../table/schema";
import type { FillContext } from "./types";

/**
 * A row the figure's own words describe without writing its name as one run: 农村产权交易中心完成交易金额X亿元
 * (row 农村产权交易金额), 对X家化工企业实施了“四评级一评价” (实施“四评级一评价”化工企业), XXX个村集体的资产得到有效盘活
 * (盘活资产的村集体). The words read are the figure's own stretch and, after its unit, the words up to the next
 * punctuation or figure. A row is described when every meaningful character of one of its names stands there, in at
 * most three runs of two or more characters (one run may be a single character), and its name has five or more
 * meaningful characters. Only the longest such name is taken; two rows alike leave the figure blank. Used only where
 * the own stretch and the words after the figure name no row at all, so it never overrides a name that is written.
 */

const MIN_CORE = 5;
const MAX_RUNS = 3;
// Characters that join words without naming anything: a name may have them where the text does not.
const joiners = /[的之和及与、（）()《》〈〉\s]/g;

/** The figure's words: its own stretch, and after its unit the words up to the next stop or figure. */
export function figureWords(ph: Placeholder): { text: string; from: number } {
  const s = ph.sentence;
  const from = ownFrom(ph);
  const afterFigure = [...s.text.slice(0, from - s.start).matchAll(markerRe)].some((m) => (m.index ?? 0) + m[0].length === from - s.start);
  const own = stripUnit(s.text.slice(from - s.start, ph.start - s.start), afterFigure);
  const written = s.text.slice(ph.end - s.start).replace(/^[多余]/, "");
  const after = written.slice(leadingUnit(written).length);
  // 、 ends the words after a figure: the next item of a list follows (超5亿元企业X家、“专精特新”培育企业X家).
  const stop = after.search(/[，,；;。！？：:、]|\d*[XxＸｘ╳]/);
  const tail = stop < 0 ? after : after.slice(0, stop);
  return { text: `${own}|${tail}`, from: ph.start - own.length };
}

const coreOf = (name: string): string => normalise(name).text.replace(joiners, "");

/** The runs of `core` found in `text` without overlap, longest first from each point; undefined when one is missing. */
export function runsIn(core: string, text: string): string[] | undefined {
  const used: [number, number][] = [];
  const runs: string[] = [];
  for (let i = 0; i < core.length; ) {
    let placed: [number, number] | undefined;
    let len = 0;
    for (let j = core.length; j > i && !placed; j -= 1) {
      const piece = core.slice(i, j);
      for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
        if (used.every(([a, b]) => at + piece.length <= a || at >= b)) {
          placed = [at, at + piece.length];
          len = piece.length;
          break;
        }
      }
    }
    if (!placed) return undefined;
    used.push(placed);
    runs.push(core.slice(i, i + len));
    i += len;
  }
  return runs;
}

/**
 * At most three runs, each of two or more characters; a single character only as the thing counted, written right
 * after the unit (X个村开展“一事一议”项目: 村). A lone character found anywhere else is chance (the 业 of 专业 is not
 * the 业 of 农林牧渔业).
 */
function fits(runs: string[] | undefined, counted: string): boolean {
  if (runs === undefined || runs.length > MAX_RUNS) return false;
  const single = runs.filter((r) => r.length < 2);
  return single.length === 0 || (single.length === 1 && single[0] === counted);
}

// 非营利性服务业 is not 营利性服务业: a negation the name does not hold.
const negation = /[非未不无]/;
// 农林牧渔服务业产值 is not 农林牧渔业总产值: a word naming a part, written but not in the name.
const partWords = /服务业|民营|私营|国有|外资|个体|营利|高新|高技术|城镇|农村|乡村|规模以上|限额以上/g;
export const partMissing = (text: string, name: string): boolean => (text.match(partWords) ?? []).some((w) => !name.includes(w));

/**
 * The rows one name of which `text` describes (see above), all of that one name; undefined when none does or two
 * different names do alike. `counted` is the character written right after the figure's unit, if any.
 */
export function rowsDescribedBy(text: string, ctx: FillContext, counted = ""): { name: string; rows: Row[] } | undefined {
  const core = normalise(text).text.replace(joiners, "");
  if (core.length < MIN_CORE) return undefined;
  let best: string[] = [];
  let bestLength = 0;
  const rowsOf = new Map<string, Set<Row>>();
  for (const row of ctx.index.near(text, MIN_CORE)) {
    for (const name of [row.name, ...row.aliases]) {
      const own = coreOf(name);
      if (own.length < MIN_CORE || own.length < bestLength || !fits(runsIn(own, core), counted)) continue;
      if ((negation.test(core) && !negation.test(own)) || partMissing(core, own) || totalAgainstLocal(text, name)) continue;
      const same = rowsOf.get(name) ?? new Set();
      same.add(row);
      rowsOf.set(name, same);
      if (own.length > bestLength) best = [name];
      else if (!best.includes(name)) best.push(name);
      bestLength = own.length;
    }
  }
  // Two different names alike: which is meant is not written.
  const rows = best.flatMap((n) => [...(rowsOf.get(n) ?? [])]);
  if (best.length === 0 || new Set(rows.map((r) => r.name)).size > 1) return undefined;
  return { name: best[0] as string, rows: [...(rowsOf.get(best[0] as string) ?? [])] };
}

export function describedRow(ph: Placeholder, ctx: FillContext): Named | undefined {
  const words = figureWords(ph);
  const counted = words.text.slice(words.text.indexOf("|") + 1, words.text.indexOf("|") + 2);
  const found = rowsDescribedBy(words.text, ctx, counted);
  if (!found) return undefined;
  return {
    mentions: found.rows.map((row) => ({ row, name: found.name, from: words.from, to: ph.start, strength: 0 as const })),
    tier: "described",
    // Kept apart: 全乡 and 村 joined would read 乡村, a qualifier neither writes.
    qualText: words.text,
  };
}
