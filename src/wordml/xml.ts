/**
 * XML access for the reader and writer. Parsing and serialising are injected: the browser's own DOMParser and
 * XMLSerializer in the pane and preview, @xmldom/xmldom in Node (see ./xmldom). Elements are read by namespace and
 * local name, so documents using other prefixes read the same.
 */

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
export const REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface XmlDom {
  /** parses a well-formed XML document; throws on malformed input */
  parse(text: string): Document;
  serialize(node: Node): string;
}

/** The browser's parser and serializer (DOMParser reports errors as a parsererror element rather than throwing). */
export function browserXml(): XmlDom {
  const serializer = new XMLSerializer();
  return {
    parse(text) {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const err = doc.getElementsByTagName("parsererror")[0];
      if (err) throw new Error(`XML 格式错误：${err.textContent ?? ""}`);
      return doc;
    },
    serialize: (node) => serializer.serializeToString(node),
  };
}

export const children = (el: Element): Element[] => {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
};

export const isW = (el: Element, name: string): boolean => el.namespaceURI === W && el.localName === name;

export const child = (el: Element | undefined, name: string): Element | undefined => (el ? children(el).find((c) => isW(c, name)) : undefined);

export const childrenNamed = (el: Element, name: string): Element[] => children(el).filter((c) => isW(c, name));

/** A w: attribute's value (w:val by default); attributes without a namespace are accepted too (some writers omit it). */
export function attr(el: Element | undefined, name = "val"): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(W, name);
  if (v !== null && v !== "") return v;
  const plain = el.getAttribute(`w:${name}`) ?? el.getAttribute(name);
  return plain === null || plain === "" ? undefined : plain;
}

export function intAttr(el: Element | undefined, name = "val"): number | undefined {
  const v = attr(el, name);
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** An on/off property (w:b, w:i, w:titlePg…): present means on unless w:val is false/0/off. */
export function onOff(el: Element | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = attr(el);
  return !(v === "0" || v === "false" || v === "off");
}

/** Descendants in the W namespace with this local name, in document order. */
export const descendants = (root: Document | Element, name: string): Element[] => Array.from(root.getElementsByTagNameNS(W, name));
