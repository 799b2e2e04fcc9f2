/**
 * The neutral document model read from a .docx (WordprocessingML) and patched back into it. It holds what Word's
 * API shows of a document — paragraphs with their text as `paragraph.text` returns it, runs with character
 * formatting, lists, tables, headers/footers, notes, text boxes, content controls — and, for each paragraph and
 * run, where it sits in the package's XML, so the writer can change those runs and nothing else.
 *
 * Units: sizes and indents in points; colours "#RRGGBB". Text offsets are UTF-16 code units in `Paragraph.text`.
 */
import type { HeaderFooterKind } from "../core/document/snapshot";

export type { HeaderFooterKind };

/** Where an element sits: its zip entry and its index among the entry's elements of the same name, in document order. */
export interface XmlRef {
  /** zip entry, e.g. "word/document.xml", "word/header2.xml" */
  entry: string;
  /** 0-based index among the entry's `w:p` (paragraphs) or `w:r` (runs) in document order */
  index: number;
}

export interface WordDocument {
  /** the body first, then headers and footers by section, then footnotes and endnotes, in document order */
  parts: Part[];
  /** number of sections (w:sectPr), at least 1 */
  sections: number;
  /** the styles of styles.xml by id and name (a heading's id differs by Word's language: "Heading1", "1"…) */
  styles: { id: string; name: string }[];
}

export type Part = BodyPart | HeaderFooterPart | NotePart;

export interface BodyPart {
  kind: "body";
  entry: string;
  blocks: Block[];
}

/**
 * A header or footer shown by at least one section. A section that does not name a header of a type inherits the
 * previous section's (Word's "link to previous"); such a part is listed once, with every section showing it.
 * First-page headers appear only for sections with w:titlePg, even-page ones only with w:evenAndOddHeaders.
 */
export interface HeaderFooterPart {
  kind: "header" | "footer";
  type: HeaderFooterKind;
  /** the sections (0-based) that show this part; `sections[0]` is the one that defines it */
  sections: number[];
  entry: string;
  blocks: Block[];
}

/** One footnote or endnote (separators excluded); `index` is its 0-based order in its part. */
export interface NotePart {
  kind: "footnote" | "endnote";
  index: number;
  /** the w:id the body's reference uses */
  id: number;
  entry: string;
  blocks: Block[];
}

export type Block = Paragraph | Table | BlockControl;

export interface Paragraph {
  type: "paragraph";
  /** the text Word's `paragraph.text` returns: runs of every kind (deleted text included), field results, no codes */
  text: string;
  /** style id (w:pStyle) and its display name from styles.xml; "Normal" when none is set */
  styleId: string;
  styleName: string;
  props: ParagraphProps;
  /** automatic numbering (w:numPr, directly or through the style); its number is not part of `text` */
  list?: ListInfo;
  runs: Run[];
  /** inline content controls, as ranges of `text` */
  controls: InlineControl[];
  /** text boxes anchored in this paragraph; their text is not part of `text` */
  textBoxes: TextBox[];
  xml: XmlRef;
}

export interface ParagraphProps {
  alignment?: "Left" | "Centered" | "Right" | "Justified";
  firstLineIndent?: number;
  leftIndent?: number;
  /** line spacing in points with its rule: "exact" (GB/T 9704's 28 pt), "atLeast", or "auto" (value = lines × 12) */
  lineSpacing?: { value: number; rule: "exact" | "atLeast" | "auto" };
  spaceBefore?: number;
  spaceAfter?: number;
  /** outline level 0-8 (w:outlineLvl, directly or through the style) */
  outlineLevel?: number;
}

export interface ListInfo {
  numId: number;
  /** 0-based level */
  ilvl: number;
  /** what Word's `ListItem.listString` returns: the computed number with its pattern, e.g. "一、", "（三）", "2." */
  listString: string;
}

export type RunKind = "normal" | "inserted" | "deleted" | "field";

export interface Run {
  kind: RunKind;
  /** tabs as "\t", line breaks as "\v" (as Word's paragraph.text has them) */
  text: string;
  /** offset of `text` in the paragraph's text */
  start: number;
  props: RunProps;
  /** author/date of a tracked insertion or deletion */
  revision?: { author: string; date?: string };
  /** the w:r holding the text (one model run per w:r that yields text) */
  xml: XmlRef;
}

/** Effective character formatting: direct formatting over the styles' over the document defaults. */
export interface RunProps {
  /** Latin font (w:ascii) */
  font?: string;
  /** East Asian font (w:eastAsia), the one Chinese text is set in */
  fontEastAsia?: string;
  /** size in points (w:sz / 2) */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

export interface ControlInfo {
  tag: string;
  title: string;
  /** w:id, when present */
  id?: number;
}

/** An inline content control around `text.slice(start, end)`. */
export interface InlineControl extends ControlInfo {
  start: number;
  end: number;
}

/** A block-level content control around whole paragraphs or tables. */
export interface BlockControl extends ControlInfo {
  type: "control";
  blocks: Block[];
}

export interface TextBox {
  /** offset in the anchoring paragraph's text where the box's run sits */
  offset: number;
  blocks: Block[];
}

export interface Table {
  type: "table";
  rows: TableRow[];
}

export interface TableRow {
  cells: TableCell[];
  /** row-level content controls around this row (outermost first), e.g. a repeating section */
  controls?: ControlInfo[];
}

export interface TableCell {
  /** grid column of the cell's first column */
  column: number;
  /** columns the cell spans (w:gridSpan), at least 1 */
  span: number;
  /** vertical merge: "restart" starts a merged cell, "continue" cells below are covered by it (and usually empty) */
  vMerge?: "restart" | "continue";
  blocks: Block[];
}

/** One change the writer makes: replace `text` at [start, end) of a paragraph with `value`. */
export interface TextEdit {
  paragraph: XmlRef;
  start: number;
  end: number;
  /** the text expected there; the edit is refused when the document reads otherwise */
  text: string;
  value: string;
  /**
   * plain replacement, a tracked change (w:del + w:ins), or the value inside a tagged content control; "comment"
   * keeps the text (value = text) and marks it as the range of the comment with this w:id (see ./comments)
   */
  mode: { kind: "plain" } | { kind: "tracked"; author: string; date: string } | { kind: "control"; tag: string; title: string } | { kind: "comment"; id: number };
}

/** A paragraph to add (an inserted section's heading or body text), with its formatting and content controls. */
export interface NewParagraph {
  /** style id in styles.xml (e.g. "Heading1"); the document's default when absent */
  styleId?: string;
  props?: ParagraphProps;
  runs: { text: string; props?: RunProps }[];
  /** content controls around stretches of the paragraph's text (placeholders bound to an indicator) */
  controls?: { tag: string; title: string; start: number; end: number }[];
  /** automatic numbering: an existing w:num of numbering.xml and a 0-based level */
  list?: { numId: number; ilvl: number };
}

/** New paragraphs after an existing one, optionally as a tracked insertion. */
export interface ParagraphInsert {
  after: XmlRef;
  paragraphs: NewParagraph[];
  tracked?: { author: string; date: string };
}

/** Every paragraph of a list of blocks in document order, table cells and block controls included, text boxes not. */
export function paragraphsOf(blocks: readonly Block[]): Paragraph[] {
  const out: Paragraph[] = [];
  const walk = (bs: readonly Block[]): void => {
    for (const b of bs) {
      if (b.type === "paragraph") out.push(b);
      else if (b.type === "control") walk(b.blocks);
      else for (const row of b.rows) for (const cell of row.cells) walk(cell.blocks);
    }
  };
  walk(blocks);
  return out;
}
