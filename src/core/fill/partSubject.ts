import type { Placeholder } from "../placeholders/types";
import type { Row } from "../table/schema";
import type { Named } from "./mentionText";
import type { Mention } from "./nameIndex";
import { type Reason, hint, reason } from "./reasons";
import type { FillContext } from "./types";

/**
 * 第一产业增长X% is read as 第一产业增加值增长速度 (the index drops 增加值 before a growth word). When the table also
 * has the growth of another indicator of the same part (第一产业投资增长速度), the part alone does not say which: the
 * indicator word written nearest before — in this sentence, else the sentence before it (全县固定资产投资增长X%。
 * 分产业看，第一产业增长X%) — decides; when none or several are written there, nothing is filled.
 */

const growthEnd = /(?:增长速度|增长率|增速|增幅|增长)$/;

/** The part a mention names when it was found through a dropped 增加值 (第一产业 of 第一产业增加值增长速度). */
function droppedPart(m: Mention, ph: Placeholder): string | undefined {
  // The figure's own stretch (after the figure before it in the clause) must write the part, and not 增加值.
  const clause = ph.clause.text.slice(0, ph.start - ph.clause.start);
  const ownStart = ph.clause.start + clause.search(/[^XxＸｘ%％]*$/);
  const written = ph.sentence.text.slice(ownStart - ph.sentence.start, ph.start - ph.sentence.start);
  const at = m.name.indexOf("增加值");
  if (at < 2 || m.from < ownStart || m.to - m.from < 2 || written.includes("增加值") || !growthEnd.test(m.name.slice(at + 3))) return undefined;
  return m.name.slice(0, at);
}

/** Other indicators of the same part with a growth row: 投资 → its rows. */
function siblings(part: string, ctx: FillContext): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const row of ctx.rows) {
    if (typeof row.value !== "number") continue;
    for (const name of [row.name, ...row.aliases]) {
      if (!name.startsWith(part)) continue;
      const word = name.slice(part.length).replace(growthEnd, "");
      if (word === name.slice(part.length) || word.length === 0 || word === "增加值" || /占|比重|拉动|贡献/.test(word)) continue;
      out.set(word, [...(out.get(word) ?? []), row]);
      break;
    }
  }
  return out;
}

/** The full sentence (to its 。) up to the placeholder, with the full sentence before it in the paragraph. */
function before(ph: Placeholder, ctx: FillContext): string {
  const own = ph.sentence.text.slice(0, ph.start - ph.sentence.start);
  if (ph.part.kind !== "body") return own;
  const paragraph = (ctx.paragraphs[ph.docIndex] ?? "").slice(0, ph.sentence.start);
  const lastEnd = (t: string): number => Math.max(t.lastIndexOf("。"), t.lastIndexOf("！"), t.lastIndexOf("？"));
  const current = lastEnd(paragraph);
  return paragraph.slice(current < 0 ? 0 : lastEnd(paragraph.slice(0, current)) + 1) + own;
}

export function partSubject(found: Named, ph: Placeholder, ctx: FillContext): Named | Reason {
  if (found.tier === "bound") return found;
  const first = found.mentions.find((m) => droppedPart(m, ph) !== undefined);
  const part = first ? droppedPart(first, ph) : undefined;
  if (!first || part === undefined) return found;
  const others = siblings(part, ctx);
  if (others.size === 0) return found;
  const text = before(ph, ctx);
  // 地区生产总值 is a sum of value added: it writes 增加值 as much as the word itself.
  const words = ["增加值", ...others.keys()].filter((w) => (w === "增加值" ? /增加值|生产总值|GDP/.test(text) : text.includes(w)));
  if (words.length === 1 && words[0] !== "增加值") {
    const rows = others.get(words[0] as string) ?? [];
    const mentions = rows.map((row) => ({ ...first, row, name: row.name, strength: 1 as const }));
    return { ...found, mentions };
  }
  if (words.length === 1) return found;
  const names = [...new Set([...found.mentions.map((m) => m.row.name), ...[...others.values()].flat().map((r) => r.name)])];
  return reason("ambiguous", { count: String(names.length), rows: names.join("；") }, hint("pick_candidate"));
}
