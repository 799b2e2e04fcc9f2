import type { DocParagraph, DocSnapshot } from "../document/snapshot";
import { scanParagraph } from "../placeholders/scan";
import type { Placeholder } from "../placeholders/types";

/**
 * Text converted from a PDF keeps the page's layout as spaces: 生 产总值, 2023 年, 266.67 亿元, 增长 5.4 %. No name,
 * unit or change word is read across such a space, so the matcher reads each paragraph as it would be written without
 * them, and the placeholders at the same places in that reading. Only the reading changes: the proposals keep the
 * document's own placeholders, so every write goes where the scanner found it.
 *
 * A space is layout when it stands between two characters of Chinese text, or between Chinese text (or %) and a
 * figure or marker on either side. Spaces between Latin words, between two figures or before a paragraph's first
 * character are kept.
 */

const han = /[\u3001-\u303f\u4e00-\u9fff\uff01-\uff5e]/;
const figure = /[0-9０-９XxＸｘ.．%％‰]/;
const spaces = /[ \u00a0\u3000]+/g;

const joins = (a: string, b: string): boolean => (han.test(a) && (han.test(b) || figure.test(b))) || (figure.test(a) && (han.test(b) || /[%％‰]/.test(b)));

/** The text without its layout spaces, and where each original offset (0..length) falls in it; undefined if none. */
export function withoutLayoutSpaces(text: string): { text: string; at: Int32Array } | undefined {
  let out = "";
  let last = 0;
  const at = new Int32Array(text.length + 1);
  let changed = false;
  for (const m of text.matchAll(spaces)) {
    const i = m.index ?? 0;
    const end = i + m[0].length;
    if (i === 0 || end >= text.length || !joins(text[i - 1] as string, text[end] as string)) continue;
    for (let k = last; k < i; k += 1) at[k] = out.length + (k - last);
    out += text.slice(last, i);
    for (let k = i; k < end; k += 1) at[k] = out.length;
    last = end;
    changed = true;
  }
  if (!changed) return undefined;
  for (let k = last; k <= text.length; k += 1) at[k] = out.length + (k - last);
  out += text.slice(last);
  return { text: out, at };
}

/**
 * The snapshot and placeholders the matcher reads: paragraphs holding layout spaces without them, each placeholder in
 * such a paragraph re-read there (its unit written after a space, its clause and sentence). Others are the same objects.
 */
export function readingOf(snapshot: DocSnapshot, placeholders: readonly Placeholder[]): { snapshot: DocSnapshot; placeholders: readonly Placeholder[] } {
  const read = new Map<number, { text: string; at: Int32Array }>();
  const byParagraph = new Map<number, Placeholder[]>();
  for (const ph of placeholders) {
    const list = byParagraph.get(ph.docIndex);
    if (list) list.push(ph);
    else byParagraph.set(ph.docIndex, [ph]);
  }
  for (const d of byParagraph.keys()) {
    const p = snapshot.paragraphs[d];
    const r = p ? withoutLayoutSpaces(p.text) : undefined;
    if (r) read.set(d, r);
  }
  const reread = new Map<Placeholder, Placeholder>();
  for (const [d, r] of read) {
    const hits = new Map(scanParagraph(r.text).map((h) => [h.start, h]));
    const mine = byParagraph.get(d) ?? [];
    const again = mine.map((ph) => {
      const h = hits.get(r.at[ph.start] as number);
      if (!h || h.end !== r.at[ph.end] || h.text !== ph.text) return undefined;
      return { ...ph, start: h.start, end: h.end, kind: h.kind, unit: h.unit, title: h.title, approx: h.approx, ordinal: h.ordinal, clause: h.clause, sentence: h.sentence };
    });
    // A paragraph is read without its spaces only when every placeholder in it is found there the same.
    if (again.some((x) => x === undefined)) read.delete(d);
    else again.forEach((x, i) => reread.set(mine[i] as Placeholder, x as Placeholder));
  }
  if (read.size === 0) return { snapshot, placeholders };
  const paragraphs: DocParagraph[] = snapshot.paragraphs.map((p, d) => {
    const r = read.get(d);
    return r ? { ...p, text: r.text } : p;
  });
  return { snapshot: { paragraphs }, placeholders: placeholders.map((ph) => reread.get(ph) ?? ph) };
}
