/**
 * Reads a .docx into the model: the body, every header and footer a section shows (linked ones once, first-page
 * ones only under w:titlePg, even-page ones only under w:evenAndOddHeaders), footnotes and endnotes.
 */
import { readBlocks } from "./blocks";
import type { HeaderFooterKind, HeaderFooterPart, NotePart, Part, WordDocument } from "./model";
import { readNumbering } from "./numbering";
import type { ReadContext } from "./paragraph";
import { dirOf, mainDocumentEntry, readRels, relsEntryOf, type Relationship } from "./rels";
import { readStyles, type Styles } from "./styles";
import { attr, child, childrenNamed, descendants, isW, onOff, R, type XmlDom } from "./xml";
import { entryText, openPackage, type Package } from "./zip";

export interface DocxFile {
  pkg: Package;
  doc: WordDocument;
  /** the main document entry (word/document.xml usually) */
  main: string;
}

export type ReadResult = { ok: true; file: DocxFile } | { ok: false; code: "docx_invalid"; message: string };

const TYPES: Record<string, HeaderFooterKind> = { default: "Primary", first: "FirstPage", even: "EvenPages" };
const TYPE_ORDER: HeaderFooterKind[] = ["Primary", "FirstPage", "EvenPages"];

/** A reading context for one XML entry: element indexes for patching, shared styles and list counters. */
export function contextFor(entry: string, root: Document, styles: Styles, listString: ReadContext["listString"]): ReadContext {
  const index = new Map<Element, number>();
  descendants(root, "p").forEach((e, i) => index.set(e, i));
  descendants(root, "r").forEach((e, i) => index.set(e, i));
  const ctx: ReadContext = {
    entry,
    styles,
    listString,
    indexOf: (el) => index.get(el) ?? -1,
    blocks: (container) => readBlocks(container, ctx),
  };
  return ctx;
}

function sectionProps(body: Element): Element[] {
  return descendants(body, "sectPr").filter((s) => {
    const parent = s.parentNode as Element | null;
    return parent !== null && (isW(parent, "body") || (isW(parent, "pPr") && parent.parentNode !== null && isW(parent.parentNode as Element, "p")));
  });
}

function readDocument(pkg: Package, xml: XmlDom): DocxFile {
  const main = mainDocumentEntry(pkg, xml);
  const mainText = main === undefined ? undefined : entryText(pkg, main);
  if (main === undefined || mainText === undefined) throw new Error("缺少主文档（word/document.xml）");
  const rels = readRels(pkg, xml, relsEntryOf(main), dirOf(main));
  const relText = (type: string): string | undefined => {
    const rel = rels.find((r) => r.type === type);
    return rel ? entryText(pkg, rel.entry) : undefined;
  };
  const styles = readStyles(relText("styles"), xml);
  const numbering = readNumbering(relText("numbering"), xml);
  const settingsText = relText("settings");
  const evenAndOdd = settingsText !== undefined && onOff(child(xml.parse(settingsText).documentElement, "evenAndOddHeaders")) === true;

  const mainDoc = xml.parse(mainText);
  const body = child(mainDoc.documentElement, "body");
  if (!body) throw new Error("主文档没有正文（w:body）");
  const listString = (numId: number, ilvl: number): string | undefined => numbering.next(numId, ilvl);
  const parts: Part[] = [{ kind: "body", entry: main, blocks: readBlocks(body, contextFor(main, mainDoc, styles, listString)) }];

  const sects = sectionProps(body);
  const shown = new Map<string, { kind: "header" | "footer"; type: HeaderFooterKind; entry: string; sections: number[] }>();
  const current: Record<string, Relationship | undefined> = {};
  sects.forEach((sect, s) => {
    const titlePg = onOff(child(sect, "titlePg")) === true;
    for (const kind of ["header", "footer"] as const) {
      for (const ref of childrenNamed(sect, `${kind}Reference`)) {
        const type = TYPES[attr(ref, "type") ?? "default"];
        const id = ref.getAttributeNS(R, "id") ?? ref.getAttribute("r:id");
        if (type) current[`${kind}|${type}`] = rels.find((r) => r.id === id);
      }
    }
    // Word's order: section by section, type by type, the header before the footer
    for (const type of TYPE_ORDER) {
      if ((type === "FirstPage" && !titlePg) || (type === "EvenPages" && !evenAndOdd)) continue;
      for (const kind of ["header", "footer"] as const) {
        const rel = current[`${kind}|${type}`];
        if (!rel || entryText(pkg, rel.entry) === undefined) continue;
        const key = `${kind}|${type}|${rel.entry}`;
        const seen = shown.get(key);
        if (seen) seen.sections.push(s);
        else shown.set(key, { kind, type, entry: rel.entry, sections: [s] });
      }
    }
  });
  const parsed = new Map<string, Document>();
  for (const hf of shown.values()) {
    const doc = parsed.get(hf.entry) ?? xml.parse(entryText(pkg, hf.entry) ?? "");
    parsed.set(hf.entry, doc);
    const part: HeaderFooterPart = { ...hf, blocks: readBlocks(doc.documentElement, contextFor(hf.entry, doc, styles, listString)) };
    parts.push(part);
  }

  for (const kind of ["footnote", "endnote"] as const) {
    const rel = rels.find((r) => r.type === `${kind}s`);
    const text = rel ? entryText(pkg, rel.entry) : undefined;
    if (!rel || text === undefined) continue;
    const doc = xml.parse(text);
    const ctx = contextFor(rel.entry, doc, styles, listString);
    let index = 0;
    for (const note of childrenNamed(doc.documentElement, kind)) {
      const type = attr(note, "type");
      if (type !== undefined && type !== "normal") continue;
      const part: NotePart = { kind, index, id: Number(attr(note, "id") ?? "-1"), entry: rel.entry, blocks: readBlocks(note, ctx) };
      parts.push(part);
      index += 1;
    }
  }
  return { pkg, doc: { parts, sections: Math.max(1, sects.length), styles: styles.list() }, main };
}

/** Reads a .docx; a file that is not a readable .docx is a `docx_invalid` problem saying why. */
export function readDocx(bytes: Uint8Array, xml: XmlDom): ReadResult {
  try {
    return { ok: true, file: readDocument(openPackage(bytes), xml) };
  } catch (e) {
    return { ok: false, code: "docx_invalid", message: `文件已损坏或不完整（${e instanceof Error ? e.message : String(e)}）。请用 Word 或 WPS 打开后另存为 .docx 再试。` };
  }
}
