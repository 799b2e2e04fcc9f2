import type { SimDocument } from "../simword/model/document";
import type { SimParagraph } from "../simword/model/nodes";
import { type Span, spanParagraphs } from "../simword/model/span";

export interface Segment {
  text: string;
  /** offset of the segment's first character in the paragraph */
  from: number;
  selected: boolean;
  controls: { id: number; tag: string; appearance: string; color: string; startsHere: boolean }[];
  comment: boolean;
}

/** The [from, to) stretch of `p` a span covers, if any. */
function coverage(span: Span, p: SimParagraph): [number, number] | undefined {
  const ps = spanParagraphs(span);
  if (!ps.includes(p)) return undefined;
  const from = span.start.para === p ? span.start.offset : 0;
  const to = span.end.para === p ? span.end.offset : p.text.length;
  return [from, to];
}

/** Splits a paragraph into runs that share selection, content-control and comment marks, for rendering. */
export function paragraphSegments(doc: SimDocument, p: SimParagraph): Segment[] {
  const cuts = new Set<number>([0, p.text.length]);
  const sel = doc.selection ? coverage(doc.selection, p) : undefined;
  const controls = doc.liveContentControls().flatMap((c) => {
    const cov = coverage(c.span, p);
    return cov ? [{ c, cov }] : [];
  });
  const comments = doc.comments.flatMap((c) => {
    const cov = coverage(c.span, p);
    return cov ? [cov] : [];
  });
  for (const [a, b] of [...(sel ? [sel] : []), ...controls.map((x) => x.cov), ...comments]) {
    cuts.add(a);
    cuts.add(b);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  const s = doc.selection;
  const collapsed = s !== undefined && s.start.para === s.end.para && s.start.offset === s.end.offset;
  const caret = sel && collapsed ? sel[0] : undefined;
  for (let i = 0; i + 1 < points.length; i += 1) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    if (caret === a) out.push({ text: "", selected: true, controls: [], comment: false, from: a });
    out.push({
      from: a,
      text: p.text.slice(a, b),
      selected: sel !== undefined && !collapsed && a >= sel[0] && b <= sel[1],
      controls: controls
        .filter(({ cov }) => a >= cov[0] && b <= cov[1])
        .map(({ c, cov }) => ({ id: c.id, tag: c.tag, appearance: c.appearance, color: c.color, startsHere: a === cov[0] })),
      comment: comments.some((cov) => a >= cov[0] && b <= cov[1]),
    });
  }
  // an insertion point at the end of the paragraph (or in an empty one) comes after every segment
  if (caret !== undefined && caret === p.text.length) out.push({ text: "", selected: true, controls: [], comment: false, from: caret });
  return out;
}
