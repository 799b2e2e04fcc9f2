import type { SimContainer } from "../model/nodes";
import { ErrorCodes, SimError } from "../runtime/errors";
import { type PropDef, SimCollection, SimObject } from "../runtime/proxy";
import { BodyProxy } from "./body";

/** WordApi 1.5: a footnote or endnote; its text lives in its own body. */
export class NoteItemProxy extends SimObject<SimContainer> {
  readonly _typeName = "NoteItem";
  protected _props(): Record<string, PropDef<SimContainer>> {
    return { type: { get: (c) => (c.kind === "endnote" ? "Endnote" : "Footnote") } };
  }
  get type(): string {
    return this._read("type");
  }
  get body(): BodyProxy {
    return this._child("body", () => new BodyProxy(this.context, () => this._resolve("NoteItem.body")));
  }
  private _next(name: string, orNull: boolean): NoteItemProxy {
    return this._create(new NoteItemProxy(this.context), name, [], false, (c) => {
      const doc = this.context.runtime.doc;
      const list = c.kind === "endnote" ? doc.endnotes : doc.footnotes;
      const next = list[list.indexOf(c) + 1];
      if (next) return next;
      if (orNull) return null;
      throw new SimError(ErrorCodes.itemNotFound, "There is no next note.", `NoteItem.${name}`);
    });
  }
  getNext(): NoteItemProxy {
    return this._next("getNext", false);
  }
  getNextOrNullObject(): NoteItemProxy {
    return this._next("getNextOrNullObject", true);
  }
}

export class NoteItemCollectionProxy extends SimCollection<SimContainer, NoteItemProxy> {
  readonly _typeName = "NoteItemCollection";
  protected _makeItem(): NoteItemProxy {
    return new NoteItemProxy(this.context);
  }
}
