/**
 * Styles (styles.xml): display names, and the effective paragraph/run properties and numbering a style gives
 * through its w:basedOn chain over the document defaults.
 */
import type { ParagraphProps, RunProps } from "./model";
import { readNumPr, readParagraphProps, readRunProps } from "./props";
import { attr, child, W, type XmlDom } from "./xml";

interface StyleDef {
  name: string;
  basedOn?: string;
  pPr: Element | undefined;
  rPr: Element | undefined;
}

export interface Styles {
  nameOf(styleId: string): string;
  paragraphProps(styleId: string): ParagraphProps;
  runProps(paragraphStyleId: string, characterStyleId?: string): RunProps;
  numbering(styleId: string): { numId: number; ilvl: number } | undefined;
  defaultParagraphStyle: string;
  /** every style's id and name, in file order */
  list(): { id: string; name: string }[];
}

export function readStyles(text: string | undefined, xml: XmlDom): Styles {
  const defs = new Map<string, StyleDef>();
  let defaultParagraphStyle = "Normal";
  let docP: Element | undefined;
  let docR: Element | undefined;
  if (text !== undefined) {
    const root = xml.parse(text).documentElement;
    const defaults = child(root, "docDefaults");
    docP = child(child(defaults, "pPrDefault"), "pPr");
    docR = child(child(defaults, "rPrDefault"), "rPr");
    for (const s of Array.from(root.getElementsByTagNameNS(W, "style"))) {
      const id = attr(s, "styleId");
      if (!id) continue;
      const basedOn = attr(child(s, "basedOn"));
      defs.set(id, { name: attr(child(s, "name")) ?? id, ...(basedOn ? { basedOn } : {}), pPr: child(s, "pPr"), rPr: child(s, "rPr") });
      if (attr(s, "type") === "paragraph" && attr(s, "default") === "1") defaultParagraphStyle = id;
    }
  }

  /** The chain from the root ancestor down to the style (cycles cut). */
  const chain = (id: string | undefined): StyleDef[] => {
    const out: StyleDef[] = [];
    const seen = new Set<string>();
    for (let cur = id; cur !== undefined && !seen.has(cur); ) {
      seen.add(cur);
      const d = defs.get(cur);
      if (!d) break;
      out.unshift(d);
      cur = d.basedOn;
    }
    return out;
  };

  return {
    defaultParagraphStyle,
    list: () => [...defs].map(([id, d]) => ({ id, name: d.name })),
    nameOf: (id) => defs.get(id)?.name ?? id,
    paragraphProps: (id) => Object.assign(readParagraphProps(docP), ...chain(id).map((d) => readParagraphProps(d.pPr))) as ParagraphProps,
    runProps: (pid, cid) => Object.assign(readRunProps(docR), ...chain(pid).map((d) => readRunProps(d.rPr)), ...chain(cid).map((d) => readRunProps(d.rPr))) as RunProps,
    numbering(id) {
      let found: { numId: number; ilvl: number } | undefined;
      for (const d of chain(id)) found = readNumPr(d.pPr) ?? found;
      return found;
    },
  };
}
