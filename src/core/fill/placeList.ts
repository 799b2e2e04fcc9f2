import type { Placeholder } from "../placeholders/types";
import type { Row } from "../table/schema";
import { type Named, mentionsAt, nearest } from "./mentionText";
import type { Mention } from "./nameIndex";
import { shortPlaceName } from "./people";
import type { FillContext } from "./types";

/**
 * Lists by place: 城镇化率排前三位的县（区）分别是：船山区X%、射洪县X%、大英县X%. Each item names only a place of the
 * table (and perhaps a change: 安居区比上年提高X个百分点); the figure is the indicator named before 分别, for that
 * place (the region step then takes the place written right before the figure). A change item takes only a row
 * named by the indicator and the change words, never the level.
 */

const placesMemo = new WeakMap<readonly Row[], string[]>();
/** The places the table's rows name in their region cells (and their short names), longest first. */
export function placesOf(rows: readonly Row[]): string[] {
  let places = placesMemo.get(rows);
  if (!places) {
    const set = new Set<string>();
    for (const r of rows) {
      if (r.region === "" || /^(?:全|我|本)/.test(r.region)) continue;
      set.add(r.region);
      if (shortPlaceName(r.region).length >= 2) set.add(shortPlaceName(r.region));
    }
    places = [...set].sort((a, b) => b.length - a.length);
    placesMemo.set(rows, places);
  }
  return places;
}

const changeOnly = /^(?:比上年|较上年|比去年|同比)?(?:提高|增长|下降|增加|减少|上升|回落)?(?:为|达到|达)?$/;

export function placeListed(ph: Placeholder, own: string, all: readonly Mention[], ctx: FillContext): Named | undefined {
  const item = own.replace(/^[，,、；;：:\s]+/, "");
  const place = placesOf(ctx.rows).find((p) => item.startsWith(p));
  if (!place) return undefined;
  const rest = item.slice(place.length);
  if (!changeOnly.test(rest)) return undefined;
  const before = ph.sentence.text.slice(0, ph.start - ph.sentence.start);
  const cue = before.search(/分别(?:是|为)?[：:][^。]*$/);
  if (cue < 0) return undefined;
  const named = all.filter((m) => m.to <= ph.sentence.start + cue);
  const picked = named.length > 0 ? nearest(named, true) : shortened(before.slice(0, cue), ph, ctx);
  const first = picked[0];
  if (!first) return undefined;
  if (rest === "" || /^(?:为|达到|达)$/.test(rest)) return { mentions: picked, tier: "list", qualText: "" };
  const change = rest.replace(/(?:为|达到|达)$/, "");
  const changed = [...new Set(picked.map((m) => m.name))].flatMap((name) =>
    mentionsAt(`${name}${change}`, 0, ctx).filter((m) => m.to > name.length && m.from === 0),
  );
  return changed.length > 0 ? { mentions: nearest(changed, true).map((m) => ({ ...m, from: ph.start - 1, to: ph.start })), tier: "list", qualText: "" } : undefined;
}

/** 城镇化率 for 常住人口城镇化率: the nearest words before the list that end a row's name (four characters or more). */
function shortened(text: string, ph: Placeholder, ctx: FillContext): Mention[] {
  for (let end = text.length; end >= 4; end -= 1) {
    for (let len = Math.min(10, end); len >= 4; len -= 1) {
      const words = text.slice(end - len, end);
      const rows = ctx.index.endingWith(words);
      if (rows.length > 0) return rows.map(({ row, name }) => ({ row, name, from: ph.start - 1, to: ph.start, strength: 1 as const }));
    }
  }
  return [];
}

/** Collective words and their parts, for 三次产业对经济增长的拉动分别为：第一产业X个百分点，第二产业X个百分点. */
const collectives: [string, string[]][] = [
  ["三次产业", ["第一产业", "第二产业", "第三产业"]],
  ["城乡", ["城镇", "农村"]],
];

/**
 * Lists by part: after “<collective>…分别为：” each item names one part (第一产业X个百分点); its figure is the phrase
 * before 分别 with the collective replaced by that part (第一产业对经济增长的拉动), and only a row named so fills it.
 */
export function partListed(ph: Placeholder, own: string, ctx: FillContext): Named | undefined {
  const item = own.replace(/^[，,、；;：:\s]+/, "");
  const before = ph.sentence.text.slice(0, ph.start - ph.sentence.start);
  const cue = before.search(/分别(?:是|为)?[：:][^。]*$/);
  if (cue < 0) return undefined;
  const head = before.slice(0, cue).split(/[，,；;。]/).pop() ?? "";
  for (const [word, parts] of collectives) {
    const at = head.indexOf(word);
    if (at < 0 || !parts.includes(item)) continue;
    const phrase = head.slice(0, at) + item + head.slice(at + word.length);
    const found = mentionsAt(phrase, 0, ctx).filter((m) => m.from <= at && m.to >= phrase.length - 1);
    if (found.length > 0) return { mentions: nearest(found, true).map((m) => ({ ...m, from: ph.start - 1, to: ph.start })), tier: "list", qualText: "" };
  }
  return undefined;
}
