/**
 * What DraftKit scans of a .docx: a DocSnapshot with the body (tables included, in Word's order), each header and
 * footer shown (linked ones once), footnotes and endnotes. Text is the reviewed text — tracked deletions left out,
 * as getReviewedText('Current') gives it — so a value filled under track changes is not read as still unfilled;
 * Headers and footers are listed as the Word adapter lists them: empty ones and repeats of one already listed are
 * left out. `fullOffset` maps an offset of it back to the model paragraph's text, which keeps deleted text as Word's
 * paragraph.text does. Text boxes follow as parts of their own (文本框 1, 2…, in document order, nested ones after
 * the box holding them); `textBoxes: false` leaves them out, as the add-in reads the document (Word lists their
 * paragraphs in no part's paragraphs).
 */
import { type Binding, type DocParagraph, type DocSnapshot, indicatorOfTag, type PartRef } from "../core/document/snapshot";
import { type Block, type Paragraph, type Part, type Table, paragraphsOf } from "./model";
import { textBoxesOf } from "./textBoxes";

export interface DocxSnapshot {
  snapshot: DocSnapshot;
  /** the model paragraph of each snapshot paragraph, same order */
  sources: Paragraph[];
}

/** A part of the snapshot: one of the document's, or a text box. */
type SnapPart = Part | { kind: "textbox"; index: number; blocks: Block[] };

function partRef(p: SnapPart): PartRef {
  switch (p.kind) {
    case "body":
      return { kind: "body" };
    case "footnote":
    case "endnote":
    case "textbox":
      return { kind: p.kind, index: p.index };
    default:
      return { kind: p.kind, section: p.sections[0] ?? 0, type: p.type };
  }
}

/** The paragraph's text without tracked deletions. */
export const reviewedText = (p: Paragraph): string => p.runs.filter((r) => r.kind !== "deleted").map((r) => r.text).join("");

/**
 * Offset in `p.text` of offset `reviewed` in its reviewed text. At a tracked deletion a start maps past it and an
 * end before it, so that a target never takes in deleted text.
 */
export function fullOffset(p: Paragraph, reviewed: number, side: "start" | "end"): number {
  let seen = 0;
  let lastEnd = 0;
  for (const r of p.runs) {
    if (r.kind === "deleted") continue;
    const end = seen + r.text.length;
    if (reviewed < end || (side === "end" && reviewed === end) || (side === "start" && reviewed === seen)) return r.start + (reviewed - seen);
    seen = end;
    lastEnd = r.start + r.text.length;
  }
  return lastEnd;
}

function reviewedOffset(p: Paragraph, full: number): number {
  let out = 0;
  for (const r of p.runs) {
    if (r.start >= full) break;
    if (r.kind !== "deleted") out += Math.min(r.text.length, full - r.start);
  }
  return out;
}

const cellText = (blocks: readonly Block[]): string => paragraphsOf(blocks).map(reviewedText).join(" ").trim();

/** For each paragraph in a table cell: the other cells of its row, a vertically merged cell read from where it starts. */
function rowContexts(blocks: readonly Block[], into: Map<Paragraph, string>): void {
  const tables = (bs: readonly Block[]): Table[] => bs.flatMap((b) => (b.type === "table" ? [b] : b.type === "control" ? tables(b.blocks) : []));
  for (const t of tables(blocks)) {
    const above = new Map<number, string>();
    for (const row of t.rows) {
      const texts = row.cells.map((c) => (c.vMerge === "continue" ? (above.get(c.column) ?? "") : cellText(c.blocks)));
      row.cells.forEach((c, i) => {
        if (c.vMerge === "restart" || c.vMerge === undefined) above.set(c.column, texts[i] ?? "");
        const others = texts.filter((_, k) => k !== i).map((x) => x.replace(/\s+/g, " ").trim()).filter((x) => x).join("；");
        for (const p of paragraphsOf(c.blocks)) into.set(p, others);
      });
      for (const c of row.cells) rowContexts(c.blocks, into);
    }
  }
}

export function snapshotOfDocx(docParts: readonly Part[], options: { textBoxes?: boolean } = {}): DocxSnapshot {
  const paragraphs: DocParagraph[] = [];
  const sources: Paragraph[] = [];
  const seen = new Set<string>();
  const boxes = options.textBoxes === false ? [] : textBoxesOf(docParts).map((blocks, index) => ({ kind: "textbox" as const, index, blocks }));
  const parts: SnapPart[] = [...docParts, ...boxes];
  for (const part of parts) {
    const ref = partRef(part);
    if (part.kind === "header" || part.kind === "footer") {
      // as the Word adapter reads them: an empty header, or one reading exactly as one already read, once
      const key = `${part.kind}|${paragraphsOf(part.blocks).map(reviewedText).join("\r")}`;
      if (paragraphsOf(part.blocks).every((p) => reviewedText(p) === "") || seen.has(key)) continue;
      seen.add(key);
    }
    const contexts = new Map<Paragraph, string>();
    rowContexts(part.blocks, contexts);
    paragraphsOf(part.blocks).forEach((p, index) => {
      if ((part.kind === "header" || part.kind === "footer") && reviewedText(p) === "") return;
      const bindings: Binding[] = p.controls
        .map((c) => ({ start: reviewedOffset(p, c.start), end: reviewedOffset(p, c.end), indicator: indicatorOfTag(c.tag) ?? "" }))
        .filter((b) => b.indicator !== "");
      const rowContext = contexts.get(p);
      paragraphs.push({
        part: ref,
        index,
        text: reviewedText(p),
        inTable: rowContext !== undefined,
        ...(rowContext !== undefined ? { rowContext } : {}),
        ...(bindings.length > 0 ? { bindings } : {}),
        ...(p.list ? { listString: p.list.listString } : {}),
      });
      sources.push(p);
    });
  }
  return { snapshot: { paragraphs }, sources };
}
