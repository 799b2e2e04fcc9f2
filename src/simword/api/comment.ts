import type { SimComment } from "../model/document";
import { spanText } from "../model/span";
import { type PropDef, SimCollection, SimObject } from "../runtime/proxy";

export class CommentProxy extends SimObject<SimComment> {
  get _typeName(): string {
    return "Comment";
  }
  protected _props(): Record<string, PropDef<SimComment>> {
    return {
      id: { get: (c) => c.id },
      content: { get: (c) => c.content, set: (c, v) => (c.content = String(v)) },
      authorName: { get: (c) => c.authorName },
      resolved: { get: (c) => c.resolved, set: (c, v) => (c.resolved = Boolean(v)) },
      anchorText: { get: (c) => spanText(c.span) },
    };
  }
  get id(): string {
    return this._read("id");
  }
  get content(): string {
    return this._read("content");
  }
  set content(v: string) {
    this._write("content", v);
  }
  get authorName(): string {
    return this._read("authorName");
  }
  get resolved(): boolean {
    return this._read("resolved");
  }
  set resolved(v: boolean) {
    this._write("resolved", v);
  }
  delete(): void {
    this._method("delete", [], true, (c) => {
      const list = this.context.runtime.doc.comments;
      list.splice(list.indexOf(c), 1);
      return undefined;
    });
  }
}

export class CommentCollectionProxy extends SimCollection<SimComment, CommentProxy> {
  get _typeName(): string {
    return "CommentCollection";
  }
  protected _makeItem(): CommentProxy {
    return new CommentProxy(this.context);
  }
}
