import type { SimContainer } from "../model/nodes";
import { type PropDef, SimCollection, SimObject } from "../runtime/proxy";
import { BodyProxy } from "./body";

/** WordApi 1.5: a footnote or endnote; its text lives in its own body. */
export class NoteItemProxy extends SimObject<SimContainer> {
  get _typeName(): string {
    return "NoteItem";
  }
  protected _props(): Record<string, PropDef<SimContainer>> {
    return { type: { get: (c) => (c.kind === "endnote" ? "Endnote" : "Footnote") } };
  }
  get type(): string {
    return this._read("type");
  }
  get body(): BodyProxy {
    return this._child("body", () => new BodyProxy(this.context, () => this._resolve("NoteItem.body")));
  }
  private readonly _notes = (c: SimContainer) => (c.kind === "endnote" ? this.context.runtime.doc.endnotes : this.context.runtime.doc.footnotes);
  getNext(): NoteItemProxy {
    return this._neighbour(new NoteItemProxy(this.context), "getNext", false, this._notes, 1);
  }
  getNextOrNullObject(): NoteItemProxy {
    return this._neighbour(new NoteItemProxy(this.context), "getNextOrNullObject", true, this._notes, 1);
  }
}

export class NoteItemCollectionProxy extends SimCollection<SimContainer, NoteItemProxy> {
  get _typeName(): string {
    return "NoteItemCollection";
  }
  protected _makeItem(): NoteItemProxy {
    return new NoteItemProxy(this.context);
  }
}
