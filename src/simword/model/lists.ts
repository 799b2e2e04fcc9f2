import { formatNumber } from "../../wordml/numformat";
import type { SimParagraph } from "./nodes";

/** One level of a numbering definition: its number format (w:numFmt) and pattern (w:lvlText, "%1、"). */
export interface SimListLevel {
  format: string;
  text: string;
}

export interface SimListDef {
  levels: SimListLevel[];
}

/** The 公文 outline as a Word multilevel list: 一、 （一） 1. （1）. */
export const gongwenList = (): SimListDef => ({
  levels: [
    { format: "chineseCounting", text: "%1、" },
    { format: "chineseCounting", text: "（%2）" },
    { format: "decimal", text: "%3." },
    { format: "decimal", text: "（%4）" },
  ],
});

/**
 * What ListItem.listString returns for a paragraph: its list level's pattern with each %n replaced by the current
 * count of level n, counting the list's items before it in the same story (a level restarts after a higher one).
 */
export function listStringOf(p: SimParagraph, defs: ReadonlyMap<number, SimListDef>): string {
  const ref = p.list;
  if (!ref) return "";
  if (ref.listString !== undefined) return ref.listString;
  const def = defs.get(ref.numId);
  const counts: number[] = [];
  for (const q of p.parent.root().paragraphs()) {
    if (q.list?.numId === ref.numId) {
      counts[q.list.level] = (counts[q.list.level] ?? 0) + 1;
      counts.length = q.list.level + 1;
    }
    if (q === p) break;
  }
  const level = def?.levels[ref.level] ?? { format: "decimal", text: `%${ref.level + 1}.` };
  return level.text.replace(/%(\d)/g, (_, n: string) => {
    const k = Number(n) - 1;
    return formatNumber(counts[k] ?? 1, def?.levels[k]?.format ?? "decimal");
  });
}
