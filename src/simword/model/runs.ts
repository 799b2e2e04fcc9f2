/**
 * A paragraph's text as Word holds it: runs, each with its own character formatting and kind. Text deleted under
 * track changes stays in the paragraph as a "deleted" run — Word keeps it in paragraph.text and in search results
 * (office-js issues 1267 and 5874) and leaves it out only of getReviewedText("Current") (WordApi 1.4). A "field" run
 * holds a field's result, the text Word shows; its code is not modelled.
 */
export interface FontModel {
  name: string;
  /** East Asian font (w:rFonts w:eastAsia); Office.js sets only `name`, which sets both */
  nameEastAsia?: string;
  size: number;
  bold: boolean;
  italic: boolean;
  color: string;
}

export type RunKind = "normal" | "inserted" | "deleted" | "field";

export interface SimRun {
  text: string;
  kind: RunKind;
  font: FontModel;
  /** who made a tracked insertion or deletion */
  author?: string;
}

export type ReviewedVersion = "Current" | "Original";

const sameFont = (a: FontModel, b: FontModel): boolean =>
  a.name === b.name && a.nameEastAsia === b.nameEastAsia && a.size === b.size && a.bold === b.bold && a.italic === b.italic && a.color === b.color;

/** Splits runs so that a run boundary falls at `offset`; returns the index of the run starting there. */
export function splitAt(runs: SimRun[], offset: number): number {
  let pos = 0;
  for (let i = 0; i < runs.length; i += 1) {
    const r = runs[i] as SimRun;
    if (offset === pos) return i;
    if (offset < pos + r.text.length) {
      const cut = offset - pos;
      runs.splice(i, 1, { ...r, text: r.text.slice(0, cut), font: { ...r.font } }, { ...r, text: r.text.slice(cut), font: { ...r.font } });
      return i + 1;
    }
    pos += r.text.length;
  }
  return runs.length;
}

/** Merges neighbours of the same kind, author and formatting, and drops empty runs (keeping at least one). */
export function normalise(runs: SimRun[]): SimRun[] {
  const out: SimRun[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (r.text.length === 0) continue;
    if (last && last.kind === r.kind && last.author === r.author && sameFont(last.font, r.font)) last.text += r.text;
    else out.push(r);
  }
  if (out.length === 0) out.push({ ...(runs[0] ?? { kind: "normal" as const, font: defaultRunFont() }), text: "", kind: "normal" });
  return out;
}

export const defaultRunFont = (): FontModel => ({ name: "宋体", size: 12, bold: false, italic: false, color: "#000000" });

/** The formatting new text at `offset` takes: that of the character before it (or after it, at the start). */
export function fontAt(runs: readonly SimRun[], offset: number): FontModel {
  let pos = 0;
  let previous: SimRun | undefined;
  for (const r of runs) {
    if (offset <= pos + r.text.length && offset > pos) return { ...r.font };
    if (offset === pos && r.text.length > 0) return { ...(previous?.font ?? r.font) };
    pos += r.text.length;
    previous = r;
  }
  return { ...(previous?.font ?? runs[0]?.font ?? defaultRunFont()) };
}

export function insertRun(runs: SimRun[], offset: number, text: string, kind: RunKind, author?: string): SimRun[] {
  const font = fontAt(runs, offset);
  const i = splitAt(runs, offset);
  const run: SimRun = author === undefined ? { text, kind, font } : { text, kind, font, author };
  runs.splice(i, 0, run);
  return normalise(runs);
}

export function removeText(runs: SimRun[], start: number, end: number): SimRun[] {
  const i = splitAt(runs, start);
  const j = splitAt(runs, end);
  runs.splice(i, j - i);
  return normalise(runs);
}

/** Marks [start, end) as deleted under track changes; the text stays where it is. */
export function markDeleted(runs: SimRun[], start: number, end: number, author: string): SimRun[] {
  const i = splitAt(runs, start);
  const j = splitAt(runs, end);
  for (let k = i; k < j; k += 1) runs[k] = { ...(runs[k] as SimRun), kind: "deleted", author };
  return normalise(runs);
}

/** Applies a formatting change to [start, end). */
export function formatRange(runs: SimRun[], start: number, end: number, patch: Partial<FontModel>): SimRun[] {
  const i = splitAt(runs, start);
  const j = splitAt(runs, end);
  for (let k = i; k < j; k += 1) {
    const r = runs[k] as SimRun;
    runs[k] = { ...r, font: { ...r.font, ...patch } };
  }
  return normalise(runs);
}

/** The runs overlapping [start, end); a collapsed range gives the run its new text would join. */
export function runsIn(runs: readonly SimRun[], start: number, end: number): FontModel[] {
  if (end <= start) return [fontAt(runs, start)];
  const out: FontModel[] = [];
  let pos = 0;
  for (const r of runs) {
    const s = pos;
    pos += r.text.length;
    if (pos > start && s < end) out.push(r.font);
  }
  return out;
}

/** The text of [start, end) as getReviewedText returns it: without deleted runs (Current) or inserted ones (Original). */
export function reviewedSlice(runs: readonly SimRun[], start: number, end: number, version: ReviewedVersion): string {
  const drop: RunKind = version === "Current" ? "deleted" : "inserted";
  let out = "";
  let pos = 0;
  for (const r of runs) {
    const s = pos;
    pos += r.text.length;
    if (r.kind === drop || pos <= start || s >= end) continue;
    out += r.text.slice(Math.max(0, start - s), Math.min(r.text.length, end - s));
  }
  return out;
}
