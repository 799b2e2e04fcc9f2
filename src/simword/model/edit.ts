import { type Anchor, type Block, SimContainer, SimParagraph, SimTable } from "./nodes";
import { type Span, makeSpan, spanParagraphs, spanText } from "./span";

/** Receives every edit so the document can record revisions and notify views. */
export interface EditSink {
  inserted(para: SimParagraph, offset: number, text: string): void;
  deleted(para: SimParagraph, offset: number, text: string): void;
  /** the author of tracked changes while change tracking is on, else undefined */
  trackingAuthor(): string | undefined;
}

export interface ShiftRules {
  /** anchors exactly at the insertion point that must move past the new text (e.g. a range's start for "Before") */
  forceShift?: ReadonlySet<Anchor>;
  /** anchors exactly at the insertion point that must stay before the new text (e.g. a range's end for "After") */
  keep?: ReadonlySet<Anchor>;
}

export function insertTextAt(
  sink: EditSink,
  para: SimParagraph,
  offset: number,
  text: string,
  rules: ShiftRules = {},
): Span {
  for (const a of para.anchors) {
    if (a.offset > offset) a.offset += text.length;
    else if (a.offset === offset && !rules.keep?.has(a) && (a.side === "end" || rules.forceShift?.has(a))) {
      a.offset += text.length;
    }
  }
  para.insertText(offset, text, sink.trackingAuthor());
  if (text.length > 0) sink.inserted(para, offset, text);
  return makeSpan(para, offset, para, offset + text.length);
}

/**
 * Removes the span's text; a span over several paragraphs merges them, as deleting a selection does in Word. A span
 * holding its paragraph mark (withMark) also merges the next paragraph of the same container into it; the last
 * paragraph of a container keeps its mark (Word never deletes a container's final paragraph mark).
 */
export function deleteSpan(sink: EditSink, span: Span): void {
  const author = sink.trackingAuthor();
  if (author !== undefined) {
    markSpanDeleted(sink, span, author);
    return;
  }
  deleteText(sink, span);
  if (span.withMark) mergeNext(sink, span.end.para);
}

/**
 * Under track changes nothing leaves the text: the span's characters become deleted runs, still in paragraph.text
 * (office-js issues 1267, 5874), and anchors stay where they are; paragraph marks are kept.
 */
function markSpanDeleted(sink: EditSink, span: Span, author: string): void {
  const ps = spanParagraphs(span);
  ps.forEach((p, k) => {
    const s = k === 0 ? span.start.offset : 0;
    const e = k === ps.length - 1 ? span.end.offset : p.text.length;
    if (e <= s) return;
    const removed = p.text.slice(s, e);
    p.markDeleted(s, e, author);
    sink.deleted(p, s, removed);
  });
}

function mergeNext(sink: EditSink, para: SimParagraph): void {
  const list = para.parent.blocks;
  const next = list[list.indexOf(para) + 1];
  if (!(next instanceof SimParagraph)) return;
  const at = para.text.length;
  for (const a of next.anchors) {
    a.para = para;
    a.offset += at;
    para.anchors.add(a);
  }
  next.anchors.clear();
  para.setRuns([...para.runs, ...next.runs]);
  removeBlock(next);
  sink.deleted(para, at, "\r");
}

function deleteText(sink: EditSink, span: Span): void {
  const ps = spanParagraphs(span);
  const first = ps[0];
  if (!first) return;
  const s = span.start.offset;
  const e = span.end.offset;
  if (ps.length === 1) {
    if (e <= s) return;
    const removedText = first.text.slice(s, e);
    for (const a of first.anchors) {
      if (a.offset > e) a.offset -= e - s;
      else if (a.offset > s) a.offset = s;
    }
    first.removeText(s, e);
    sink.deleted(first, s, removedText);
    return;
  }
  const last = ps[ps.length - 1] as SimParagraph;
  const removedText = spanText(span);
  const tail = last.runs.map((r) => ({ ...r, font: { ...r.font } }));
  const tailText = new SimParagraph("", last.parent);
  tailText.setRuns(tail);
  tailText.removeText(0, e);
  for (const a of first.anchors) if (a.offset > s) a.offset = s;
  for (const p of ps.slice(1)) {
    for (const a of p.anchors) {
      a.para = first;
      a.offset = p === last && a.offset >= e ? s + (a.offset - e) : s;
      first.anchors.add(a);
    }
    p.anchors.clear();
    removeBlock(p);
  }
  first.removeText(s, first.text.length);
  first.setRuns([...first.runs, ...tailText.runs]);
  sink.deleted(first, s, removedText);
}

export function removeBlock(block: Block): void {
  const list = block.parent.blocks;
  const i = list.indexOf(block);
  if (i >= 0) list.splice(i, 1);
  if (block instanceof SimParagraph) block.removed = true;
}

/** Inserts a new paragraph next to `ref`, taking over its formatting (Word bases a new paragraph on its neighbour). */
export function insertParagraphBeside(
  sink: EditSink,
  ref: SimParagraph | SimTable,
  where: "Before" | "After",
  text: string,
): SimParagraph {
  const container = ref.parent;
  const model = ref instanceof SimParagraph ? ref : undefined;
  const p = new SimParagraph(text, container);
  if (model) {
    // Word bases a new paragraph on its neighbour: paragraph format, list membership (the new paragraph continues
    // the list), and the formatting of the neighbour's last run.
    p.format = { ...model.format };
    p.list = model.list ? { ...model.list } : undefined;
    p.font = { ...(model.runs[model.runs.length - 1] ?? model.runs[0])!.font };
  }
  const i = container.blocks.indexOf(ref);
  container.blocks.splice(where === "Before" ? i : i + 1, 0, p);
  if (text.length > 0) sink.inserted(p, 0, text);
  return p;
}

export function insertParagraphInContainer(
  sink: EditSink,
  container: SimContainer,
  where: "Start" | "End",
  text: string,
): SimParagraph {
  const ref = where === "Start" ? container.blocks[0] : container.blocks[container.blocks.length - 1];
  if (ref) return insertParagraphBeside(sink, ref, where === "Start" ? "Before" : "After", text);
  const p = container.appendParagraph(text);
  if (text.length > 0) sink.inserted(p, 0, text);
  return p;
}
