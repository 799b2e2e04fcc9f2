import type { Placeholder } from "../placeholders/types";
import { type Named, leadingUnit, mentionsAt, nearest } from "./mentionText";
import { normalise } from "./nameIndex";
import type { FillContext } from "./types";

/**
 * 新增X个低空飞行器起降点、X条低空飞行航线: a verb of newness written once before a 、 list of counts (figure, unit,
 * what is counted) belongs to every item, so the second item is 新增低空飞行航线. Read only where the figure opens a
 * 、 item, every item back to the verb has the same shape, and a name covers the verb and the item's words whole.
 * Read that way the figure is a new count, so when no row names it, no row without the verb may fill it ("none").
 */

const lead = /^(?:全年|今年|累计|共)?(新[增建开设签引育创认招落培]{1,3})$/;

export function listLead(ph: Placeholder, ctx: FillContext): Named | "none" | undefined {
  const text = ph.sentence.text;
  const at = ph.start - ph.sentence.start;
  if (text[at - 1] !== "、" || !ph.unit) return undefined;
  const words = countedWords(text.slice(ph.end - ph.sentence.start), ph.unit);
  if (!words) return undefined;
  // Walk back over the items before this one: each is a figure, its unit and what it counts. A list of more than
  // 12 items, or an item longer than 40 characters, is not read (the walk stays short however long the sentence).
  for (let end = at - 1, hop = 0; hop < 12; hop += 1) {
    const itemStart = itemStartBefore(text, end);
    if (itemStart === undefined) return undefined;
    const item = text.slice(itemStart, end);
    const first = /^(.*?)([XxＸｘ]+)(.*)$/.exec(item);
    if (!first || !countedWords(first[3] as string, undefined, true)) return undefined;
    if (text[itemStart - 1] !== "、") {
      // The first item: the verb alone before its figure.
      const verb = lead.exec(first[1] as string)?.[1];
      // Read this way, the figure is a new count: a row without the verb (the stock) is not it.
      return verb ? (named(verb, words, ph, ctx) ?? "none") : undefined;
    }
    if (first[1] !== "") return undefined;
    end = itemStart - 1;
  }
  return undefined;
}

const stops = new Set([..."、，,；;：:。！？"]);

/** Where the item ending at `end` starts: after the stop before it, within 40 characters (0 at the sentence start). */
function itemStartBefore(text: string, end: number): number | undefined {
  for (let i = end - 1; i >= Math.max(0, end - 41); i -= 1) if (stops.has(text[i] as string)) return i + 1;
  return end <= 41 ? 0 : undefined;
}

/** What a count's item names after its figure: its unit, then two or more Chinese characters, to the item's end. */
function countedWords(after: string, unit: string | undefined, whole = false): string | undefined {
  const u = unit ?? leadingUnit(after);
  if (!u || !after.startsWith(u)) return undefined;
  const rest = after.slice(u.length);
  const stop = rest.search(/[，,；;。！？、：:（(]/);
  const words = stop < 0 ? rest : rest.slice(0, stop);
  if (whole && stop >= 0) return undefined;
  return /^[\u4e00-\u9fff“”]{2,}$/.test(words) ? words : undefined;
}

function named(verb: string, words: string, ph: Placeholder, ctx: FillContext): Named | undefined {
  const text = verb + words;
  const head = normalise(text).starts[0] ?? 0;
  const wordsEnd = normalise(text).ends.at(-1) ?? text.length;
  const found = mentionsAt(text, 0, ctx).filter((m) => m.strength > 0 && m.from <= head && m.to >= wordsEnd);
  const from = ph.end + ph.unit.length;
  if (found.length > 0) return { mentions: nearest(found, true).map((m) => ({ ...m, from, to: from + words.length })), tier: "own", qualText: text };
  // The stock's rows (公交线路) go on needing the verb, so that they are refused as such and the user sees why.
  const stock = mentionsAt(words, 0, ctx).filter((m) => m.strength > 0 && m.from <= (normalise(words).starts[0] ?? 0) && m.to >= words.length);
  if (stock.length === 0) return undefined;
  return { mentions: nearest(stock, true).map((m) => ({ ...m, from, to: from + words.length })), tier: "own", qualText: text, need: verb };
}
