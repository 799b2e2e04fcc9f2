import { deleteSpan } from "../model/edit";
import { type Span, compareAnchors, spanParagraphs, spanText } from "../model/span";
import { ErrorCodes, SimError } from "../runtime/errors";
import { requireWordApi } from "../runtime/requirements";
import { type PropDef, SimCollection } from "../runtime/proxy";
import { CommentProxy } from "./comment";
import { NoteItemProxy } from "./note";
import { type Location, RangeLike } from "./rangeLike";
import { builtInOf, styleNameOf } from "./styles";

const RANGE_TEXTLOCATIONS: readonly Location[] = ["Replace", "Start", "End", "Before", "After"];
const RANGE_PARAGRAPHLOCATIONS: readonly Location[] = ["Before", "After"];
const RANGE_RANGELOCATIONS: readonly Location[] = ["Whole", "Start", "End", "After", "Content"];

// One table for every proxy: a load of a 1,000-page document's paragraphs would otherwise build it per paragraph.
const RANGE_PROPS: Record<string, PropDef<Span>> = {
  text: { get: (s) => spanText(s) },
  isEmpty: { get: (s) => spanText(s).length === 0 },
  style: {
    get: (s) => spanParagraphs(s)[0]?.format.style ?? "Normal",
    set: (s, v) => {
      for (const p of spanParagraphs(s)) {
        p.format.style = String(v);
        p.format.styleBuiltIn = builtInOf(String(v));
      }
    },
  },
  styleBuiltIn: {
    get: (s) => spanParagraphs(s)[0]?.format.styleBuiltIn ?? "Normal",
    set: (s, v) => {
      for (const p of spanParagraphs(s)) {
        p.format.styleBuiltIn = String(v);
        p.format.style = styleNameOf(String(v));
      }
    },
  },
};

export class RangeProxy extends RangeLike<Span> {
  get _typeName(): string {
    return "Range";
  }
  protected get _textLocations(): readonly Location[] {
    return RANGE_TEXTLOCATIONS;
  }
  protected get _paragraphLocations(): readonly Location[] {
    return RANGE_PARAGRAPHLOCATIONS;
  }
  protected get _rangeLocations(): readonly Location[] {
    return RANGE_RANGELOCATIONS;
  }

  protected _spanOf(s: Span): Span {
    return s;
  }

  protected _props(): Record<string, PropDef<Span>> {
    return RANGE_PROPS;
  }

  get isEmpty(): boolean {
    return this._read("isEmpty");
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

  /** WordApi 1.3: a range from the start of the earlier of the two to the end of the later. */
  expandTo(range: RangeProxy): RangeProxy {
    return this._create(new RangeProxy(this.context), "expandTo", [range._id], false, (s) => {
      const o = range._resolve("Range.expandTo");
      const start = compareAnchors(s.start, o.start) <= 0 ? s.start : o.start;
      const end = compareAnchors(s.end, o.end) >= 0 ? s.end : o.end;
      return { start: start.para.anchor(start.offset, "start"), end: end.para.anchor(end.offset, "end") };
    });
  }

  delete(): void {
    this._method("delete", [], true, (s) => {
      deleteSpan(this.context.runtime.doc, s);
      return undefined;
    });
  }

  /**
   * WordApi 1.5: a footnote at the end of the range. The simulation keeps its text in a note body and does not put a
   * reference mark in the paragraph's text; the Word probe records what real Word's paragraph.text shows there.
   * Footnotes are listed in insertion order, not by the position of their mark.
   */
  insertFootnote(text: string): NoteItemProxy {
    return this._create(new NoteItemProxy(this.context), "insertFootnote", [text], true, () => {
      requireWordApi(this.context, 5, "Range.insertFootnote");
      return this.context.runtime.doc.addNote("footnote", text);
    });
  }

  /** WordApi 1.4. */
  insertComment(commentText: string): CommentProxy {
    return this._create(new CommentProxy(this.context), "insertComment", [commentText], true, (s) => {
      requireWordApi(this.context, 4, "Range.insertComment");
      // Word has no comments in headers or footers (its Review ribbon disables them there; office-js issue 341: an
      // OOXML comment there is silently dropped). What insertComment does there is undocumented: the harsher
      // outcome is modelled, a failed batch (the Word probe records what real Word does).
      const kind = s.start.para.parent.root().kind;
      if (kind === "header" || kind === "footer") {
        throw new SimError(ErrorCodes.notAllowed, "Comments cannot be inserted in a header or footer.", "Range.insertComment");
      }
      const doc = this.context.runtime.doc;
      return doc.addComment({ start: s.start.para.anchor(s.start.offset, "start"), end: s.end.para.anchor(s.end.offset, "end") }, commentText);
    });
  }
}

export class RangeCollectionProxy extends SimCollection<Span, RangeProxy> {
  get _typeName(): string {
    return "RangeCollection";
  }
  protected _makeItem(): RangeProxy {
    return new RangeProxy(this.context);
  }
}
