import { removeBlock } from "../model/edit";
import type { Alignment, SimParagraph } from "../model/nodes";
import { type Span, wholeParagraphSpan } from "../model/span";
import { ErrorCodes, SimError, invalidArgument } from "../runtime/errors";
import { type PropDef, SimCollection } from "../runtime/proxy";
import { type Location, RangeLike } from "./rangeLike";
import { ListProxy, listOf } from "./list";
import { TableCellProxy, cellOf } from "./tableCell";
import { ListItemProxy, listItemOf } from "./listItem";
import { requireWordApi } from "../runtime/requirements";
import { make } from "./registry";
import { builtInOf, knownBuiltIns, styleNameOf } from "./styles";

const alignments: readonly Alignment[] = ["Left", "Centered", "Right", "Justified"];

function numberProp(key: "firstLineIndent" | "leftIndent" | "lineSpacing" | "spaceAfter" | "spaceBefore"): PropDef<SimParagraph> {
  return {
    get: (p) => p.format[key],
    set: (p, v) => {
      if (typeof v !== "number" || !Number.isFinite(v)) throw invalidArgument(`Paragraph.${key}`, "A number is required.");
      p.format[key] = v;
      // Word stores a lineSpacing set through Office.js as a multiple of single spacing (v / 12 lines), not as an
      // exact height (office-js issues 2296, 3203): lines then grow with the font instead of keeping GB/T 9704's grid.
      if (key === "lineSpacing") p.format.lineRule = "auto";
    },
  };
}

export function alive(p: SimParagraph, where: string): SimParagraph {
  if (p.removed) throw new SimError(ErrorCodes.itemNotFound, "The paragraph was deleted.", where);
  return p;
}

const PARAGRAPH_TEXTLOCATIONS: readonly Location[] = ["Replace", "Start", "End"];
const PARAGRAPH_PARAGRAPHLOCATIONS: readonly Location[] = ["Before", "After"];
const PARAGRAPH_RANGELOCATIONS: readonly Location[] = ["Whole", "Start", "End", "After", "Content"];

// One table for every proxy: a load of a 1,000-page document's paragraphs would otherwise build it per paragraph.
const PARAGRAPH_PROPS: Record<string, PropDef<SimParagraph>> = {
  text: { get: (p) => p.text },
  style: {
    get: (p) => p.format.style,
    set: (p, v) => {
      p.format.style = String(v);
      p.format.styleBuiltIn = builtInOf(String(v));
    },
  },
  styleBuiltIn: {
    get: (p) => p.format.styleBuiltIn,
    set: (p, v) => {
      if (!knownBuiltIns().includes(String(v))) throw invalidArgument("Paragraph.styleBuiltIn", `Unknown style ${String(v)}.`);
      p.format.styleBuiltIn = String(v);
      p.format.style = styleNameOf(String(v));
    },
  },
  alignment: {
    get: (p) => p.format.alignment,
    set: (p, v) => {
      if (!alignments.includes(v as Alignment)) throw invalidArgument("Paragraph.alignment", `Unknown alignment ${String(v)}.`);
      p.format.alignment = v as Alignment;
    },
  },
  firstLineIndent: numberProp("firstLineIndent"),
  leftIndent: numberProp("leftIndent"),
  lineSpacing: numberProp("lineSpacing"),
  spaceAfter: numberProp("spaceAfter"),
  spaceBefore: numberProp("spaceBefore"),
  tableNestingLevel: { get: (p) => p.tableNestingLevel },
  isListItem: { get: (p) => p.list !== undefined },
};

export class ParagraphProxy extends RangeLike<SimParagraph> {
  get _typeName(): string {
    return "Paragraph";
  }
  protected get _textLocations(): readonly Location[] {
    return PARAGRAPH_TEXTLOCATIONS;
  }
  protected get _paragraphLocations(): readonly Location[] {
    return PARAGRAPH_PARAGRAPHLOCATIONS;
  }
  protected get _rangeLocations(): readonly Location[] {
    return PARAGRAPH_RANGELOCATIONS;
  }
  protected override get _wholeHasMark(): boolean {
    return true;
  }

  protected _spanOf(p: SimParagraph): Span {
    return wholeParagraphSpan(alive(p, "Paragraph"));
  }

  protected _props(): Record<string, PropDef<SimParagraph>> {
    return PARAGRAPH_PROPS;
  }

  get style(): string {
    return this._read("style");
  }
  set style(v: string) {
    this._write("style", v);
  }
  get styleBuiltIn(): string {
    return this._read("styleBuiltIn");
  }
  set styleBuiltIn(v: string) {
    this._write("styleBuiltIn", v);
  }
  get alignment(): string {
    return this._read("alignment");
  }
  set alignment(v: string) {
    this._write("alignment", v);
  }
  get firstLineIndent(): number {
    return this._read("firstLineIndent");
  }
  set firstLineIndent(v: number) {
    this._write("firstLineIndent", v);
  }
  get leftIndent(): number {
    return this._read("leftIndent");
  }
  set leftIndent(v: number) {
    this._write("leftIndent", v);
  }
  get lineSpacing(): number {
    return this._read("lineSpacing");
  }
  set lineSpacing(v: number) {
    this._write("lineSpacing", v);
  }
  get spaceAfter(): number {
    return this._read("spaceAfter");
  }
  set spaceAfter(v: number) {
    this._write("spaceAfter", v);
  }
  get spaceBefore(): number {
    return this._read("spaceBefore");
  }
  set spaceBefore(v: number) {
    this._write("spaceBefore", v);
  }
  get tableNestingLevel(): number {
    return this._read("tableNestingLevel");
  }
  get isListItem(): boolean {
    return this._read("isListItem");
  }

  /** WordApi 1.3. */
  get listItem(): ListItemProxy {
    return this._child("listItem", () => new ListItemProxy(this.context, () => listItemOf(this._resolve("Paragraph.listItem"), false, this.context)));
  }

  /** WordApi 1.3: the innermost table cell holding the paragraph, or a null object. */
  get parentTableCellOrNullObject(): TableCellProxy {
    return this._child("parentTableCellOrNullObject", () => new TableCellProxy(this.context, () => cellOf(this._resolveOrNull(), this.context)));
  }

  get listOrNullObject(): ListProxy {
    return this._child("listOrNullObject", () => new ListProxy(this.context, () => listOf(this._resolveOrNull(), true, this.context)));
  }

  /** WordApi 1.3: joins the list `listId` at `level`; the number is drawn by Word, not written in the text. */
  attachToList(listId: number, level: number): void {
    this._method("attachToList", [listId, level], true, (p) => {
      requireWordApi(this.context, 3, "Paragraph.attachToList");
      if (!this.context.runtime.doc.lists.has(listId)) throw invalidArgument("Paragraph.attachToList", `No list ${listId}.`);
      p.list = { numId: listId, level };
      return undefined;
    });
  }

  /** WordApi 1.3: starts a new numbered list (1. 2. 3.) with this paragraph as its first item. */
  startNewList(): ListProxy {
    return this._create(new ListProxy(this.context), "startNewList", [], true, (p) => {
      requireWordApi(this.context, 3, "Paragraph.startNewList");
      const lists = this.context.runtime.doc.lists;
      const numId = Math.max(0, ...lists.keys()) + 1;
      lists.set(numId, { levels: Array.from({ length: 9 }, (_, i) => ({ format: "decimal", text: `%${i + 1}.` })) });
      p.list = { numId, level: 0 };
      return p;
    });
  }

  /** WordApi 1.3: leaves its list (a paragraph outside a list is left as it is). */
  detachFromList(): void {
    this._method("detachFromList", [], true, (p) => {
      requireWordApi(this.context, 3, "Paragraph.detachFromList");
      p.list = undefined;
      return undefined;
    });
  }

  get listItemOrNullObject(): ListItemProxy {
    return this._child("listItemOrNullObject", () => new ListItemProxy(this.context, () => listItemOf(this._resolveOrNull(), true, this.context)));
  }

  delete(): void {
    this._method("delete", [], true, (p) => {
      removeBlock(alive(p, "Paragraph.delete"));
      return undefined;
    });
  }

  private _sibling(name: string, step: number, orNull: boolean): ParagraphProxy {
    return this._neighbour(make.paragraph(this.context), name, orNull, (p) => alive(p, `Paragraph.${name}`).parent.root().paragraphs(), step);
  }

  getNext(): ParagraphProxy {
    return this._sibling("getNext", 1, false);
  }
  getNextOrNullObject(): ParagraphProxy {
    return this._sibling("getNextOrNullObject", 1, true);
  }
  getPrevious(): ParagraphProxy {
    return this._sibling("getPrevious", -1, false);
  }
  getPreviousOrNullObject(): ParagraphProxy {
    return this._sibling("getPreviousOrNullObject", -1, true);
  }
}

export class ParagraphCollectionProxy extends SimCollection<SimParagraph, ParagraphProxy> {
  get _typeName(): string {
    return "ParagraphCollection";
  }
  protected _makeItem(): ParagraphProxy {
    return new ParagraphProxy(this.context);
  }
  getLast(): ParagraphProxy {
    return this._itemAt("getLast", (l) => l[l.length - 1], false);
  }
  getLastOrNullObject(): ParagraphProxy {
    return this._itemAt("getLastOrNullObject", (l) => l[l.length - 1], true);
  }
}
