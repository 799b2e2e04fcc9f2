import { SimDocument } from "./model/document";
import type { FontModel, ParagraphFormat, SimListRef } from "./model/nodes";

export interface ParagraphSpec {
  text: string;
  format?: Partial<ParagraphFormat>;
  font?: Partial<FontModel>;
  /** an automatically numbered paragraph (list 1 is the 公文 outline: level 0 一、, 1 （一）, 2 1., 3 （1）) */
  list?: SimListRef;
}

export type BlockSpec = string | ParagraphSpec | { table: string[][] };

export interface DocumentSpec {
  blocks: BlockSpec[];
  header?: string[];
  footer?: string[];
  footnotes?: string[];
  endnotes?: string[];
}

/** Builds a simulated document from plain data: the fixtures, benchmarks and the preview's sample use it. */
export function buildDocument(spec: DocumentSpec): SimDocument {
  const doc = new SimDocument();
  for (const block of spec.blocks) {
    if (typeof block === "string") doc.body.appendParagraph(block);
    else if ("table" in block) doc.body.appendTable(block.table);
    else doc.body.appendParagraph(block.text, block.format, block.font).list = block.list;
  }
  const section = doc.sections[0];
  if (section) {
    for (const line of spec.header ?? []) section.headers.Primary.appendParagraph(line, { alignment: "Centered" });
    for (const line of spec.footer ?? []) section.footers.Primary.appendParagraph(line, { alignment: "Centered" });
  }
  for (const text of spec.footnotes ?? []) doc.addNote("footnote", text);
  for (const text of spec.endnotes ?? []) doc.addNote("endnote", text);
  return doc;
}

/** One paragraph per line, as the CLI reads .txt files. */
export function documentFromLines(lines: readonly string[]): SimDocument {
  return buildDocument({ blocks: [...lines] });
}
