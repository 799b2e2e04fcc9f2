import type { SimDocument } from "../simword/model/document";
import type { SimParagraph } from "../simword/model/nodes";

/** A point in the rendered document: the paragraph's id and a UTF-16 offset in its text. */
export interface DomPoint {
  paragraph: string;
  offset: number;
}

/**
 * Where a DOM position (a Selection's anchor or focus) falls in the paragraph text. Rendered paragraphs are
 * <p data-paragraph> with one <span data-from> per segment; decorations such as content-control tag labels are
 * marked data-skip and count as the start of their segment.
 */
export function pointOf(node: Node, offset: number): DomPoint | undefined {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const p = el?.closest<HTMLElement>("[data-paragraph]");
  if (!el || !p) return undefined;
  const paragraph = p.dataset.paragraph ?? "";
  if (node === p) {
    const child = p.children[offset] as HTMLElement | undefined;
    return { paragraph, offset: child ? Number(child.dataset.from ?? 0) : textLength(p) };
  }
  const seg = el.closest<HTMLElement>("[data-from]");
  if (!seg) return { paragraph, offset: 0 };
  const base = Number(seg.dataset.from ?? 0);
  if (el.closest("[data-skip]") || node.nodeType !== Node.TEXT_NODE) return { paragraph, offset: base };
  // text nodes before this one inside the same segment (a segment may wrap its text in content-control spans)
  let before = 0;
  const walker = document.createTreeWalker(seg, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t && t !== node; t = walker.nextNode()) if (!t.parentElement?.closest("[data-skip]")) before += t.textContent?.length ?? 0;
  return { paragraph, offset: base + before + offset };
}

const textLength = (p: HTMLElement): number => {
  const segs = p.querySelectorAll<HTMLElement>(":scope > [data-from]");
  const last = segs[segs.length - 1];
  return last ? Number(last.dataset.from ?? 0) + Number(last.dataset.len ?? 0) : 0;
};

export function paragraphById(doc: SimDocument, id: string): SimParagraph | undefined {
  for (const c of doc.allContainers()) {
    const p = c.paragraphs().find((x) => x.id === id);
    if (p) return p;
  }
  return undefined;
}

/**
 * Puts the simulated selection where the user clicked or dragged, as Word would: a click is an insertion point,
 * a drag selects from the earlier point to the later one (document order), whichever way it was made. The previous
 * selection's anchors are released so that they stop following edits.
 */
export function placeSelection(doc: SimDocument, a: DomPoint, b: DomPoint, aFirst: boolean): boolean {
  const pa = paragraphById(doc, a.paragraph);
  const pb = paragraphById(doc, b.paragraph);
  if (!pa || !pb) return false;
  const [s, e] = aFirst ? [{ p: pa, o: a.offset }, { p: pb, o: b.offset }] : [{ p: pb, o: b.offset }, { p: pa, o: a.offset }];
  const clamp = (p: SimParagraph, o: number) => Math.max(0, Math.min(p.text.length, o));
  if (doc.selection) {
    doc.selection.start.para.anchors.delete(doc.selection.start);
    doc.selection.end.para.anchors.delete(doc.selection.end);
  }
  doc.selection = { start: s.p.anchor(clamp(s.p, s.o), "start"), end: e.p.anchor(clamp(e.p, e.o), "end") };
  doc.notify();
  return true;
}

/** Reads the browser's selection inside `root` and places the simulated one from it; false when it is elsewhere. */
export function selectionFromDom(doc: SimDocument, root: HTMLElement): boolean {
  const sel = root.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return false;
  if (!root.contains(sel.anchorNode) || !root.contains(sel.focusNode)) return false;
  const a = pointOf(sel.anchorNode, sel.anchorOffset);
  const f = pointOf(sel.focusNode, sel.focusOffset);
  if (!a || !f) return false;
  const range = sel.getRangeAt(0);
  const aFirst = range.startContainer === sel.anchorNode && range.startOffset === sel.anchorOffset;
  return placeSelection(doc, a, f, aFirst);
}
