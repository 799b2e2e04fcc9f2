/**
 * Cuts a w:r into pieces at text offsets, each piece a copy of the run with the same w:rPr and the run content
 * of its stretch of text (a w:t is split into two w:t; tabs and breaks count one character each).
 */
import { attr, children, isW, W } from "./xml";

const ONE_CHAR = new Set(["tab", "br", "cr", "noBreakHyphen", "ptab"]);
/** zero-width content that may go with any piece */
const HARMLESS = new Set(["lastRenderedPageBreak", "proofErr", "bookmarkStart", "bookmarkEnd", "softHyphen"]);

const XML_NS = "http://www.w3.org/XML/1998/namespace";

function lengthOf(c: Element): number {
  if (c.namespaceURI !== W) return 0;
  if (c.localName === "t") return (c.textContent ?? "").length;
  if (ONE_CHAR.has(c.localName)) return 1;
  if (c.localName === "sym") return Number.isFinite(Number.parseInt(attr(c, "char") ?? "", 16)) ? 1 : 0;
  return 0;
}

/** A new w:t (same prefix as `like`) holding `text`, with xml:space="preserve" so spaces survive. */
export function textElement(like: Element, text: string, name = "t"): Element {
  const doc = like.ownerDocument;
  const prefix = like.prefix ? `${like.prefix}:` : "";
  const t = doc.createElementNS(W, `${prefix}${name}`);
  t.setAttributeNS(XML_NS, "xml:space", "preserve");
  t.appendChild(doc.createTextNode(text));
  return t;
}

/** A copy of the run without content, keeping its attributes and a copy of its w:rPr. */
export function emptyRunLike(r: Element): Element {
  const copy = r.cloneNode(false) as Element;
  const rPr = children(r).find((c) => isW(c, "rPr"));
  if (rPr) copy.appendChild(rPr.cloneNode(true));
  return copy;
}

export interface Piece {
  start: number;
  end: number;
  /** the run copy holding this stretch; undefined when the stretch holds nothing */
  run: Element | undefined;
}

/**
 * Splits `r` at the given offsets (ascending, inside the run's text). Zero-width content (a drawing, a field
 * character) stays out of `guarded` pieces (stretches being replaced, which would drop it): at a boundary it joins
 * the unguarded neighbour; inside a guarded piece it makes the split fail (undefined).
 */
export function splitRun(r: Element, cuts: readonly number[], guarded: (start: number, end: number) => boolean): Piece[] | undefined {
  const content = children(r).filter((c) => !isW(c, "rPr"));
  const total = content.reduce((n, c) => n + lengthOf(c), 0);
  const bounds = [0, ...cuts.filter((c) => c > 0 && c < total), total];
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < bounds.length; i += 1) pieces.push({ start: bounds[i] ?? 0, end: bounds[i + 1] ?? 0, run: undefined });
  /** the piece a zero-width item at `offset` joins: the one it lies inside, else the unguarded one it borders */
  const zeroWidthPiece = (offset: number, harmless: boolean): Piece | undefined => {
    const inside = pieces.find((p) => p.start < offset && offset < p.end);
    if (inside) return harmless || !guarded(inside.start, inside.end) ? inside : undefined;
    const near = [pieces.find((p) => p.end === offset && p.end > p.start), pieces.find((p) => p.start === offset)].filter((p): p is Piece => p !== undefined);
    return near.find((p) => harmless || !guarded(p.start, p.end)) ?? (pieces.length === 1 && harmless ? pieces[0] : undefined);
  };
  const add = (p: Piece, node: Node): void => {
    p.run ??= emptyRunLike(r);
    p.run.appendChild(node);
  };
  let pos = 0;
  for (const c of content) {
    const len = lengthOf(c);
    if (len === 0) {
      const p = zeroWidthPiece(pos, c.namespaceURI === W && HARMLESS.has(c.localName));
      if (!p) return undefined;
      add(p, c.cloneNode(true));
    } else if (isW(c, "t")) {
      const text = c.textContent ?? "";
      for (const p of pieces) {
        const a = Math.max(p.start, pos);
        const b = Math.min(p.end, pos + len);
        if (a < b) add(p, a === pos && b === pos + len ? c.cloneNode(true) : textElement(c, text.slice(a - pos, b - pos)));
      }
    } else {
      const p = pieces.find((x) => x.start <= pos && pos < x.end);
      if (p) add(p, c.cloneNode(true));
    }
    pos += len;
  }
  return pieces;
}
