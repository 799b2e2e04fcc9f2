import { type Anchor, type AnchorSide, SimContainer, SimParagraph } from "./nodes";

/** A stretch of a container's text between two anchors: what a Word.Range points at. */
export interface Span {
  start: Anchor;
  end: Anchor;
  /**
   * The span also covers the paragraph mark after `end` (Paragraph.getRange("Whole")): its text ends in "\r" and
   * deleting or replacing it removes the mark, merging the next paragraph into this one, as Word does.
   */
  withMark?: true;
}

export function makeSpan(startPara: SimParagraph, startOffset: number, endPara: SimParagraph, endOffset: number): Span {
  return { start: startPara.anchor(startOffset, "start"), end: endPara.anchor(endOffset, "end") };
}

/** A span whose anchors are not registered: it does not follow edits, for objects recomputed at every use. */
export function looseSpan(startPara: SimParagraph, startOffset: number, endPara: SimParagraph, endOffset: number): Span {
  return {
    start: { para: startPara, offset: startOffset, side: "start" },
    end: { para: endPara, offset: endOffset, side: "end" },
  };
}

export function wholeParagraphSpan(p: SimParagraph): Span {
  return looseSpan(p, 0, p, p.text.length);
}

/** The whole text of a container; an empty container gets an empty paragraph first, as Word always has one. */
export function containerSpan(c: SimContainer): Span {
  const ps = c.paragraphs();
  const first = ps[0] ?? c.appendParagraph("");
  const last = ps[ps.length - 1] ?? first;
  return looseSpan(first, 0, last, last.text.length);
}

export function cloneAnchor(a: Anchor, side: AnchorSide = a.side): Anchor {
  return a.para.anchor(a.offset, side);
}

export function collapsed(a: Anchor): Span {
  return { start: cloneAnchor(a, "start"), end: cloneAnchor(a, "end") };
}

/** Paragraphs a span covers, in order. */
export function spanParagraphs(span: Span): SimParagraph[] {
  if (span.start.para === span.end.para) return [span.start.para];
  const all = span.start.para.parent.root().paragraphs();
  const i = all.indexOf(span.start.para);
  const j = all.indexOf(span.end.para);
  if (i < 0 || j < 0 || j < i) return [span.start.para];
  return all.slice(i, j + 1);
}

/** Text of a span; paragraphs are separated by "\r" as Word's Range.text does. */
export function spanText(span: Span): string {
  const mark = span.withMark ? "\r" : "";
  const ps = spanParagraphs(span);
  if (ps.length === 1) return span.start.para.text.slice(span.start.offset, Math.max(span.start.offset, span.end.offset)) + mark;
  const joined = ps
    .map((p, k) => {
      if (k === 0) return p.text.slice(span.start.offset);
      if (k === ps.length - 1) return p.text.slice(0, span.end.offset);
      return p.text;
    })
    .join("\r");
  return joined + mark;
}

/** Document-order comparison of two anchors of the same root container. */
export function compareAnchors(a: Anchor, b: Anchor): number {
  if (a.para === b.para) return a.offset - b.offset;
  const all = a.para.parent.root().paragraphs();
  return all.indexOf(a.para) - all.indexOf(b.para);
}

export function spanContains(outer: Span, inner: Span): boolean {
  return compareAnchors(outer.start, inner.start) <= 0 && compareAnchors(inner.end, outer.end) <= 0;
}

export function spansOverlap(a: Span, b: Span): boolean {
  return compareAnchors(a.start, b.end) < 0 && compareAnchors(b.start, a.end) < 0;
}

export function releaseSpan(span: Span): void {
  span.start.para.anchors.delete(span.start);
  span.end.para.anchors.delete(span.end);
}
