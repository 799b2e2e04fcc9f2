/**
 * The simulated document's tree: containers (body, header, footer, table cell) hold blocks (paragraphs and tables).
 * Positions inside paragraphs are anchors that move with edits, the way Word keeps a Range pointing at the same text
 * while text is typed before it.
 */

import { type FontModel, type ReviewedVersion, type SimRun, defaultRunFont, insertRun, markDeleted, removeText, reviewedSlice } from "./runs";

export type { FontModel };

export type Alignment = "Left" | "Centered" | "Right" | "Justified" | "Mixed" | "Unknown";

/** Automatic numbering: the list (numbering definition) and 0-based level; the number itself is not in the text. */
export interface SimListRef {
  numId: number;
  level: number;
  /** the number Word showed when the paragraph was read from a .docx (numbering.xml formats are not simulated) */
  listString?: string;
}

/** Where a paragraph read from a .docx came from, and its text then (the bridge writes back the difference). */
export interface SimOrigin {
  entry: string;
  index: number;
  text: string;
}

export interface ParagraphFormat {
  style: string;
  styleBuiltIn: string;
  alignment: Alignment;
  firstLineIndent: number;
  leftIndent: number;
  /** in points; with lineRule "exact" (w:lineRule="exact") the line is exactly that high, as GB/T 9704's 28 pt */
  lineSpacing: number;
  lineRule?: "exact" | "atLeast" | "auto";
  spaceAfter: number;
  spaceBefore: number;
}

export type AnchorSide = "start" | "end";

/** A position in a paragraph. `start` anchors stay put when text is inserted exactly at them, `end` anchors move. */
export interface Anchor {
  para: SimParagraph;
  offset: number;
  side: AnchorSide;
}

export type ContainerKind = "body" | "header" | "footer" | "cell" | "footnote" | "endnote";

let nextNodeId = 1;
export function newNodeId(prefix: string): string {
  nextNodeId += 1;
  return `${prefix}${nextNodeId}`;
}

export const defaultFont = defaultRunFont;

export const defaultFormat = (): ParagraphFormat => ({
  style: "Normal",
  styleBuiltIn: "Normal",
  alignment: "Justified",
  firstLineIndent: 0,
  leftIndent: 0,
  lineSpacing: 15,
  spaceAfter: 0,
  spaceBefore: 0,
});

export class SimParagraph {
  readonly id = newNodeId("p");
  readonly anchors = new Set<Anchor>();
  removed = false;
  /** the text as runs with their own character formatting (see runs.ts) */
  runs: SimRun[];
  list: SimListRef | undefined;
  origin: SimOrigin | undefined;
  private cached: string | undefined;
  constructor(
    text: string,
    public parent: SimContainer,
    public format: ParagraphFormat = defaultFormat(),
    font: FontModel = defaultFont(),
  ) {
    this.runs = [{ text, kind: "normal", font }];
  }

  /** What Word's paragraph.text returns: every run, text deleted under track changes included. */
  get text(): string {
    this.cached ??= this.runs.map((r) => r.text).join("");
    return this.cached;
  }

  /** Replaces the whole text with one plain run in the first run's formatting (tests type into paragraphs so). */
  set text(v: string) {
    this.setRuns([{ text: v, kind: "normal", font: { ...(this.runs[0]?.font ?? defaultFont()) } }]);
  }

  /** The paragraph's formatting as one font: its first run's (a view for renderers; set applies to every run). */
  get font(): FontModel {
    return (this.runs[0] as SimRun).font;
  }

  set font(f: FontModel) {
    this.setRuns(this.runs.map((r) => ({ ...r, font: { ...f } })));
  }

  setRuns(runs: SimRun[]): void {
    this.runs = runs;
    this.cached = undefined;
  }

  insertText(offset: number, text: string, trackedBy?: string): void {
    this.setRuns(insertRun(this.runs, offset, text, trackedBy === undefined ? "normal" : "inserted", trackedBy));
  }

  removeText(start: number, end: number): void {
    this.setRuns(removeText(this.runs, start, end));
  }

  markDeleted(start: number, end: number, author: string): void {
    this.setRuns(markDeleted(this.runs, start, end, author));
  }

  reviewedText(start: number, end: number, version: ReviewedVersion): string {
    return reviewedSlice(this.runs, start, end, version);
  }

  anchor(offset: number, side: AnchorSide): Anchor {
    const a: Anchor = { para: this, offset, side };
    this.anchors.add(a);
    return a;
  }

  /** Number of table levels around this paragraph (Word's Paragraph.tableNestingLevel). */
  get tableNestingLevel(): number {
    let level = 0;
    let c: SimContainer | undefined = this.parent;
    while (c && c.kind === "cell") {
      level += 1;
      c = c.table?.parent;
    }
    return level;
  }
}

export class SimTable {
  readonly id = newNodeId("t");
  readonly rows: SimContainer[][];
  constructor(
    public parent: SimContainer,
    values: string[][],
  ) {
    this.rows = values.map((row) =>
      row.map((cellText) => {
        const cell = new SimContainer("cell", parent.doc);
        cell.table = this;
        cell.blocks.push(new SimParagraph(cellText, cell));
        return cell;
      }),
    );
  }

  get values(): string[][] {
    return this.rows.map((row) => row.map((cell) => cell.paragraphs().map((p) => p.text).join("\r")));
  }
}

export type Block = SimParagraph | SimTable;

export interface DocumentRef {
  readonly body: SimContainer;
}

export class SimContainer {
  readonly id = newNodeId("c");
  readonly blocks: Block[] = [];
  table: SimTable | undefined;
  /** a cell's part in a vertical merge (w:vMerge): the merged cell's top ("restart") or a covered cell below it */
  vMerge: "restart" | "continue" | undefined;
  constructor(
    public readonly kind: ContainerKind,
    public readonly doc: DocumentRef | undefined,
  ) {}

  /** Every paragraph in document order, including those inside table cells (as Word's Body.paragraphs does). */
  paragraphs(): SimParagraph[] {
    const out: SimParagraph[] = [];
    const walk = (blocks: Block[]): void => {
      for (const b of blocks) {
        if (b instanceof SimParagraph) out.push(b);
        else for (const row of b.rows) for (const cell of row) walk(cell.blocks);
      }
    };
    walk(this.blocks);
    return out;
  }

  tables(): SimTable[] {
    const out: SimTable[] = [];
    const walk = (blocks: Block[]): void => {
      for (const b of blocks) {
        if (b instanceof SimTable) {
          out.push(b);
          for (const row of b.rows) for (const cell of row) walk(cell.blocks);
        }
      }
    };
    walk(this.blocks);
    return out;
  }

  /** The outermost container (a cell's body/header/footer), whose paragraphs() order positions. */
  root(): SimContainer {
    return this.kind === "cell" && this.table ? this.table.parent.root() : this;
  }

  appendParagraph(text: string, format?: Partial<ParagraphFormat>, font?: Partial<FontModel>): SimParagraph {
    const p = new SimParagraph(text, this, { ...defaultFormat(), ...format }, { ...defaultFont(), ...font });
    this.blocks.push(p);
    return p;
  }

  appendTable(values: string[][]): SimTable {
    const t = new SimTable(this, values);
    this.blocks.push(t);
    return t;
  }
}
