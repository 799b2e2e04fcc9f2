import { deleteSpan, insertParagraphBeside, insertParagraphInContainer, insertTextAt } from "../model/edit";
import type { SimContentControl } from "../model/document";
import type { SimContainer, SimParagraph } from "../model/nodes";
import { MAX_SEARCH_LENGTH, searchSpan } from "../model/search";
import { type Span, cloneAnchor, collapsed, spanContains, spanParagraphs, spansOverlap, spanText } from "../model/span";
import { PatternError, type SearchFlags } from "../model/wildcards";
import { ErrorCodes, SimError, invalidArgument } from "../runtime/errors";
import { type OoxmlParagraph, parseOoxml } from "../model/ooxml";
import { insertOoxmlAt } from "../model/ooxmlInsert";
import { simXml } from "../model/xml";
import { ooxmlOf } from "../model/ooxmlOut";
import { requireWordApi } from "../runtime/requirements";
import { SimObject } from "../runtime/proxy";
import { FontProxy } from "./font";
import { make } from "./registry";

export type Location = "Replace" | "Start" | "End" | "Before" | "After" | "Whole" | "Content";

/**
 * What Body, Paragraph, Range and ContentControl share. Each subclass says which insert locations it accepts:
 * Word throws InvalidArgument for the others (see each method's `insertLocation` documentation).
 */
export abstract class RangeLike<T> extends SimObject<T> {
  protected abstract _spanOf(t: T): Span;
  protected abstract readonly _textLocations: readonly Location[];
  protected abstract readonly _paragraphLocations: readonly Location[];
  protected abstract readonly _rangeLocations: readonly Location[];
  /** Whether getRange("Whole") takes the paragraph mark too (a Paragraph's does; see Word.RangeLocation). */
  protected get _wholeHasMark(): boolean {
    return false;
  }

  /** The container that "Start"/"End" paragraph insertion targets (Body only). */
  protected _container(_t: T): SimContainer | undefined {
    return undefined;
  }

  get text(): string {
    return this._read("text");
  }

  protected override _navs(): Record<string, () => SimObject<unknown>> {
    return { font: () => this.font, paragraphs: () => this.paragraphs, contentControls: () => this.contentControls };
  }

  get font(): FontProxy {
    return this._child("font", () => new FontProxy(this.context, () => this._spanOf(this._resolve("font"))));
  }

  get paragraphs(): ReturnType<typeof make.paragraphCollection> {
    return this._child("paragraphs", () =>
      make.paragraphCollection(this.context, () => spanParagraphs(this._spanOf(this._resolve("paragraphs")))),
    );
  }

  /** Whether a content control lies inside this object; a body answers by container, without comparing positions. */
  protected _holds(t: T, c: SimContentControl): boolean {
    return spanContains(this._spanOf(t), c.span);
  }

  get contentControls(): ReturnType<typeof make.contentControlCollection> {
    return this._child("contentControls", () =>
      make.contentControlCollection(this.context, () => {
        const t = this._resolve("contentControls");
        return this.context.runtime.doc.liveContentControls().filter((c) => this._holds(t, c));
      }),
    );
  }

  private _check(kind: string, allowed: readonly Location[], loc: string): Location {
    if (!allowed.includes(loc as Location)) {
      throw invalidArgument(`${this._typeName}.${kind}`, `insertLocation '${loc}' is not accepted here.`);
    }
    return loc as Location;
  }

  search(text: string, options: SearchFlags = {}): ReturnType<typeof make.rangeCollection> {
    const out = make.rangeCollection(this.context);
    return this._create(out, "search", [text, options], false, (t) => {
      if (text.length === 0 || text.length > MAX_SEARCH_LENGTH) {
        throw invalidArgument(`${this._typeName}.search`, `Search string length ${text.length} is outside 1..255.`);
      }
      try {
        return searchSpan(this._spanOf(t), text, options);
      } catch (e) {
        if (e instanceof PatternError) throw invalidArgument(`${this._typeName}.search`, e.message);
        throw e;
      }
    });
  }

  /** WordApi 1.1: the range's paragraphs as an OOXML package (paragraph spacing and run fonts only; see ooxmlOut.ts). */
  getOoxml(): { value: string } {
    const result: { value: string } = { value: "" };
    this.context.enqueue("method", this._id, "getOoxml", [], () => {
      result.value = ooxmlOf(spanParagraphs(this._spanOf(this._resolve(`${this._typeName}.getOoxml`))));
      return result.value;
    });
    return result;
  }

  /**
   * WordApi 1.4 (Word.ChangeTrackingVersion): the text without tracked deletions ("Current") or without tracked
   * insertions ("Original"); paragraph.text and search keep both (office-js issues 1267, 5874).
   */
  getReviewedText(changeTrackingVersion = "Current"): { value: string } {
    const result: { value: string } = { value: "" };
    this.context.enqueue("method", this._id, "getReviewedText", [changeTrackingVersion], () => {
      requireWordApi(this.context, 4, `${this._typeName}.getReviewedText`);
      if (changeTrackingVersion !== "Current" && changeTrackingVersion !== "Original") {
        throw invalidArgument(`${this._typeName}.getReviewedText`, `Unknown version ${changeTrackingVersion}.`);
      }
      const span = this._spanOf(this._resolve(`${this._typeName}.getReviewedText`));
      const ps = spanParagraphs(span);
      result.value = ps
        .map((p, k) => p.reviewedText(k === 0 ? span.start.offset : 0, k === ps.length - 1 ? span.end.offset : p.text.length, changeTrackingVersion))
        .join("\r");
      return result.value;
    });
    return result;
  }

  /**
   * WordApi 1.1: inserts an OOXML fragment (a Flat OPC package or a w:document) with its formatting — the only way
   * Office.js gives an exact line height (w:lineRule="exact") and an East Asian font (w:rFonts w:eastAsia).
   * Malformed OOXML fails with GeneralException.
   */
  insertOoxml(ooxml: string, insertLocation: string): ReturnType<typeof make.range> {
    const out = make.range(this.context);
    return this._create(out, "insertOoxml", [ooxml, insertLocation], true, (t) => {
      const loc = this._check("insertOoxml", [...this._textLocations, ...this._paragraphLocations], insertLocation);
      let parsed: OoxmlParagraph[];
      try {
        parsed = parseOoxml(ooxml, simXml());
      } catch (e) {
        throw new SimError(ErrorCodes.generalException, `The OOXML is not valid: ${e instanceof Error ? e.message : String(e)}`, `${this._typeName}.insertOoxml`);
      }
      if (parsed.length === 0) return collapsed(this._spanOf(t).start);
      return insertOoxmlAt(this.context.runtime.doc, this._spanOf(t), parsed, loc);
    });
  }

  insertText(text: string, insertLocation: string): ReturnType<typeof make.range> {
    const out = make.range(this.context);
    return this._create(out, "insertText", [text, insertLocation], true, (t) => {
      const loc = this._check("insertText", this._textLocations, insertLocation);
      const doc = this.context.runtime.doc;
      const span = this._spanOf(t);
      switch (loc) {
        case "Replace":
          deleteSpan(doc, span);
          // Under track changes the deleted text stays in place; the new text follows it, as typing over a
          // selection does in Word. A content control's new text stays inside the control, after its deleted text.
          if (doc.trackingAuthor() !== undefined) {
            return insertTextAt(doc, span.end.para, span.end.offset, text, this._typeName === "ContentControl" ? {} : { keep: new Set([span.end]) });
          }
          return insertTextAt(doc, span.start.para, span.start.offset, text, { keep: new Set([span.start]) });
        case "Start":
          return insertTextAt(doc, span.start.para, span.start.offset, text, { keep: new Set([span.start]) });
        case "Before":
          return insertTextAt(doc, span.start.para, span.start.offset, text, { forceShift: new Set([span.start]) });
        case "After":
          return insertTextAt(doc, span.end.para, span.end.offset, text, { keep: new Set([span.end]) });
        default:
          return insertTextAt(doc, span.end.para, span.end.offset, text, { forceShift: new Set([span.end]) });
      }
    });
  }

  insertParagraph(text: string, insertLocation: string): ReturnType<typeof make.paragraph> {
    const out = make.paragraph(this.context);
    return this._create(out, "insertParagraph", [text, insertLocation], true, (t) => {
      const loc = this._check("insertParagraph", this._paragraphLocations, insertLocation);
      const doc = this.context.runtime.doc;
      const container = this._container(t);
      if (container && (loc === "Start" || loc === "End")) return insertParagraphInContainer(doc, container, loc, text);
      const ps = spanParagraphs(this._spanOf(t));
      const ref = (loc === "Before" || loc === "Start" ? ps[0] : ps[ps.length - 1]) as SimParagraph;
      return insertParagraphBeside(doc, ref, loc === "Before" || loc === "Start" ? "Before" : "After", text);
    });
  }

  getRange(rangeLocation = "Whole"): ReturnType<typeof make.range> {
    const out = make.range(this.context);
    return this._create(out, "getRange", [rangeLocation], false, (t) => {
      const loc = this._check("getRange", this._rangeLocations, rangeLocation);
      const span = this._spanOf(t);
      if (loc === "Start" || loc === "Before") return collapsed(span.start);
      if (loc === "End" || loc === "After") return collapsed(span.end);
      const whole: Span = { start: cloneAnchor(span.start, "start"), end: cloneAnchor(span.end, "end") };
      if (loc === "Whole" && this._wholeHasMark) whole.withMark = true;
      return whole;
    });
  }

  select(selectionMode = "Select"): void {
    this._method("select", [selectionMode], false, (t) => {
      const span = this._spanOf(t);
      const doc = this.context.runtime.doc;
      if (selectionMode === "Start") doc.selection = collapsed(span.start);
      else if (selectionMode === "End") doc.selection = collapsed(span.end);
      else if (selectionMode === "Select") doc.selection = { start: cloneAnchor(span.start, "start"), end: cloneAnchor(span.end, "end") };
      else throw invalidArgument(`${this._typeName}.select`, `selectionMode '${selectionMode}'.`);
      return undefined;
    });
  }

  insertContentControl(): ReturnType<typeof make.contentControl> {
    const out = make.contentControl(this.context);
    return this._create(out, "insertContentControl", [], true, (t) => {
      const doc = this.context.runtime.doc;
      const span = this._spanOf(t);
      // Only controls starting or ending in the span's paragraphs can clash; they are found through those paragraphs'
      // anchors, as a fill inserts one control per value and a walk over every control would grow with the document.
      const clash = doc
        .controlsTouching(spanParagraphs(span))
        .find((c) => spansOverlap(c.span, span) && !spanContains(c.span, span) && !spanContains(span, c.span));
      if (clash) throw invalidArgument(`${this._typeName}.insertContentControl`, "The range partly overlaps a content control.");
      return doc.addContentControl({ start: cloneAnchor(span.start, "start"), end: cloneAnchor(span.end, "end") });
    });
  }

  protected _textOf(t: T): string {
    return spanText(this._spanOf(t));
  }
}
