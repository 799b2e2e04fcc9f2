/**
 * Finds where an element parsed from a part sits in the part's original text, so the writer can replace exactly
 * that element's characters and leave every other byte of the part as it was. Start tags are found by their
 * qualified name (the n-th `<w:r` is the n-th w:r element in document order); the match is then checked by parsing
 * the found text and comparing it with the element, so a surprise (a comment or CDATA holding markup, a `>` inside
 * an attribute) is refused rather than written wrongly.
 */
import type { XmlDom } from "./xml";

export interface Span {
  start: number;
  end: number;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Namespace declarations in scope at `el` (its own and its ancestors'), as `xmlns:p="uri"` strings. */
export function scopeDeclarations(el: Element): string[] {
  const out = new Map<string, string>();
  for (let e: Node | null = el; e && e.nodeType === 1; e = e.parentNode) {
    const attrs = (e as Element).attributes;
    for (let i = 0; i < attrs.length; i += 1) {
      const a = attrs.item(i);
      if (a && (a.name === "xmlns" || a.name.startsWith("xmlns:")) && !out.has(a.name)) out.set(a.name, a.value);
    }
  }
  return [...out].map(([n, v]) => `${n}="${v.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`);
}

const stripDeclarations = (s: string): string => s.replace(/\s+xmlns(:[\w.-]+)?="[^"]*"/g, "");

/** Removes from the outermost start tag of a serialised element the declarations already in scope where it goes. */
export function withoutScopedDeclarations(serialized: string, inScope: readonly string[]): string {
  const close = serialized.indexOf(">");
  if (close < 0) return serialized;
  let head = serialized.slice(0, close);
  for (const d of inScope) head = head.split(` ${d}`).join("");
  return head + serialized.slice(close);
}

export class Locator {
  private starts = new Map<string, number[]>();
  constructor(
    private readonly text: string,
    private readonly xml: XmlDom,
  ) {}

  private startsOf(qname: string): number[] {
    let s = this.starts.get(qname);
    if (!s) {
      s = [];
      const re = new RegExp(`<${escapeRe(qname)}(?=[\\s/>])`, "g");
      for (let m = re.exec(this.text); m; m = re.exec(this.text)) s.push(m.index);
      this.starts.set(qname, s);
    }
    return s;
  }

  /** The span of the `index`-th element named like `el` (which must be that element), or undefined when unsure. */
  span(el: Element, index: number, total: number): Span | undefined {
    const qname = el.tagName;
    const starts = this.startsOf(qname);
    if (starts.length !== total) return undefined;
    const start = starts[index];
    if (start === undefined) return undefined;
    const tag = new RegExp(`<${escapeRe(qname)}(?=[\\s/>])[^>]*>|</${escapeRe(qname)}\\s*>`, "g");
    tag.lastIndex = start;
    let depth = 0;
    let end: number | undefined;
    for (let m = tag.exec(this.text); m; m = tag.exec(this.text)) {
      const t = m[0];
      if (t.startsWith("</")) depth -= 1;
      else if (!t.endsWith("/>")) depth += 1;
      if (depth === 0) {
        end = m.index + t.length;
        break;
      }
    }
    if (end === undefined) return undefined;
    const found = this.text.slice(start, end);
    try {
      const parsed = this.xml.parse(`<dk-wrap ${scopeDeclarations(el).join(" ")}>${found}</dk-wrap>`).documentElement.firstChild;
      if (!parsed || stripDeclarations(this.xml.serialize(parsed)) !== stripDeclarations(this.xml.serialize(el))) return undefined;
    } catch {
      return undefined;
    }
    return { start, end };
  }
}
