import { deleteSpan } from "../model/edit";
import type { ContentControlAppearance, SimContentControl } from "../model/document";
import { type Span, releaseSpan, spanText } from "../model/span";
import { ErrorCodes, SimError, invalidArgument } from "../runtime/errors";
import { type PropDef, SimCollection } from "../runtime/proxy";
import { type Location, RangeLike } from "./rangeLike";
import { make } from "./registry";

const appearances: readonly ContentControlAppearance[] = ["BoundingBox", "Tags", "Hidden"];

/**
 * A content control's title holds at most 64 characters (Word's Content Control Properties dialog); no limit is
 * documented for the tag (learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-tag).
 * The simulation applies the harsher reading to both — longer values fail with InvalidArgument — and the Word probe
 * records what real Word accepts.
 */
export const MAX_TITLE_OR_TAG = 64;

function limited(name: "tag" | "title", v: unknown): string {
  const s = String(v);
  if (s.length > MAX_TITLE_OR_TAG) throw invalidArgument(`ContentControl.${name}`, `The ${name} is longer than ${MAX_TITLE_OR_TAG} characters.`);
  return s;
}

const CONTENTCONTROL_TEXTLOCATIONS: readonly Location[] = ["Replace", "Start", "End"];
const CONTENTCONTROL_PARAGRAPHLOCATIONS: readonly Location[] = ["Before", "After"];
const CONTENTCONTROL_RANGELOCATIONS: readonly Location[] = ["Whole", "Start", "End", "Before", "After", "Content"];

export class ContentControlProxy extends RangeLike<SimContentControl> {
  get _typeName(): string {
    return "ContentControl";
  }
  protected get _textLocations(): readonly Location[] {
    return CONTENTCONTROL_TEXTLOCATIONS;
  }
  protected get _paragraphLocations(): readonly Location[] {
    return CONTENTCONTROL_PARAGRAPHLOCATIONS;
  }
  protected get _rangeLocations(): readonly Location[] {
    return CONTENTCONTROL_RANGELOCATIONS;
  }

  protected _spanOf(c: SimContentControl): Span {
    if (c.removed) throw new SimError(ErrorCodes.itemNotFound, "The content control was deleted.", "ContentControl");
    return c.span;
  }

  protected _props(): Record<string, PropDef<SimContentControl>> {
    return {
      id: { get: (c) => c.id },
      type: { get: () => "RichText" },
      text: { get: (c) => spanText(c.span) },
      tag: { get: (c) => c.tag, set: (c, v) => (c.tag = limited("tag", v)) },
      title: { get: (c) => c.title, set: (c, v) => (c.title = limited("title", v)) },
      color: { get: (c) => c.color, set: (c, v) => (c.color = String(v)) },
      cannotEdit: { get: (c) => c.cannotEdit, set: (c, v) => (c.cannotEdit = Boolean(v)) },
      cannotDelete: { get: (c) => c.cannotDelete, set: (c, v) => (c.cannotDelete = Boolean(v)) },
      appearance: {
        get: (c) => c.appearance,
        set: (c, v) => {
          if (!appearances.includes(v as ContentControlAppearance)) {
            throw invalidArgument("ContentControl.appearance", `Unknown appearance ${String(v)}.`);
          }
          c.appearance = v as ContentControlAppearance;
        },
      },
    };
  }

  get id(): number {
    return this._read("id");
  }
  get type(): string {
    return this._read("type");
  }
  get tag(): string {
    return this._read("tag");
  }
  set tag(v: string) {
    this._write("tag", v);
  }
  get title(): string {
    return this._read("title");
  }
  set title(v: string) {
    this._write("title", v);
  }
  get color(): string {
    return this._read("color");
  }
  set color(v: string) {
    this._write("color", v);
  }
  get appearance(): string {
    return this._read("appearance");
  }
  set appearance(v: string) {
    this._write("appearance", v);
  }
  get cannotEdit(): boolean {
    return this._read("cannotEdit");
  }
  set cannotEdit(v: boolean) {
    this._write("cannotEdit", v);
  }
  get cannotDelete(): boolean {
    return this._read("cannotDelete");
  }
  set cannotDelete(v: boolean) {
    this._write("cannotDelete", v);
  }

  /** Removes the control; with keepContent its text stays in the document. */
  delete(keepContent: boolean): void {
    this._method("delete", [keepContent], true, (c) => {
      if (c.cannotDelete) throw new SimError(ErrorCodes.accessDenied, "The content control cannot be deleted.", "ContentControl.delete");
      if (!keepContent) deleteSpan(this.context.runtime.doc, c.span);
      c.removed = true;
      releaseSpan(c.span);
      return undefined;
    });
  }
}

export class ContentControlCollectionProxy extends SimCollection<SimContentControl, ContentControlProxy> {
  get _typeName(): string {
    return "ContentControlCollection";
  }
  protected _makeItem(): ContentControlProxy {
    return new ContentControlProxy(this.context);
  }

  getByTag(tag: string): ContentControlCollectionProxy {
    return this._create(make.contentControlCollection(this.context), "getByTag", [tag], false, (list) =>
      list.filter((c) => c.tag === tag),
    );
  }

  getByTitle(title: string): ContentControlCollectionProxy {
    return this._create(make.contentControlCollection(this.context), "getByTitle", [title], false, (list) =>
      list.filter((c) => c.title === title),
    );
  }

  getById(id: number): ContentControlProxy {
    return this._itemAt("getById", (list) => list.find((c) => c.id === id), false);
  }

  getByIdOrNullObject(id: number): ContentControlProxy {
    return this._itemAt("getByIdOrNullObject", (list) => list.find((c) => c.id === id), true);
  }
}
