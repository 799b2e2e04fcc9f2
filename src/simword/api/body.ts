import type { SimContentControl } from "../model/document";
import { type SimContainer, SimTable } from "../model/nodes";
import { invalidArgument } from "../runtime/errors";
import { type Span, containerSpan, spanContains } from "../model/span";
import { requireWordApi } from "../runtime/requirements";
import { type PropDef } from "../runtime/proxy";
import { CommentCollectionProxy } from "./comment";
import { NoteItemCollectionProxy } from "./note";
import { TableProxy } from "./table";
import { type Location, RangeLike } from "./rangeLike";
import { make } from "./registry";

const bodyType = { body: "MainDoc", header: "Header", footer: "Footer", cell: "TableCell", footnote: "Footnote", endnote: "Endnote" } as const;

const BODY_TEXTLOCATIONS: readonly Location[] = ["Replace", "Start", "End"];
const BODY_PARAGRAPHLOCATIONS: readonly Location[] = ["Start", "End"];
const BODY_RANGELOCATIONS: readonly Location[] = ["Whole", "Start", "End", "After", "Content"];

export class BodyProxy extends RangeLike<SimContainer> {
  get _typeName(): string {
    return "Body";
  }
  protected get _textLocations(): readonly Location[] {
    return BODY_TEXTLOCATIONS;
  }
  protected get _paragraphLocations(): readonly Location[] {
    return BODY_PARAGRAPHLOCATIONS;
  }
  protected get _rangeLocations(): readonly Location[] {
    return BODY_RANGELOCATIONS;
  }

  protected _spanOf(c: SimContainer): Span {
    return containerSpan(c);
  }

  protected override _container(c: SimContainer): SimContainer {
    return c;
  }

  protected override _holds(c: SimContainer, cc: SimContentControl): boolean {
    return cc.span.start.para.parent.root() === c.root();
  }

  protected _props(): Record<string, PropDef<SimContainer>> {
    return {
      text: { get: (c) => c.paragraphs().map((p) => p.text).join("\r") },
      type: { get: (c) => bodyType[c.kind] },
      style: { get: (c) => c.paragraphs()[0]?.format.style ?? "Normal" },
      styleBuiltIn: { get: (c) => c.paragraphs()[0]?.format.styleBuiltIn ?? "Normal" },
    };
  }

  get type(): string {
    return this._read("type");
  }
  get style(): string {
    return this._read("style");
  }
  get styleBuiltIn(): string {
    return this._read("styleBuiltIn");
  }

  get tables(): ReturnType<typeof make.tableCollection> {
    return this._child("tables", () => make.tableCollection(this.context, () => this._resolve("tables").tables()));
  }

  /** WordApi 1.5: the notes of the main body. */
  get footnotes(): NoteItemCollectionProxy {
    return this._child("footnotes", () => new NoteItemCollectionProxy(this.context, () => this._notes("footnotes")));
  }

  get endnotes(): NoteItemCollectionProxy {
    return this._child("endnotes", () => new NoteItemCollectionProxy(this.context, () => this._notes("endnotes")));
  }

  private _notes(which: "footnotes" | "endnotes"): SimContainer[] {
    requireWordApi(this.context, 5, `Body.${which}`);
    const c = this._resolve(which);
    return c.kind === "body" ? this.context.runtime.doc[which] : [];
  }

  /**
   * WordApi 1.3: inserts a table of `values` at the start or end of the body
   * (https://learn.microsoft.com/en-us/javascript/api/word/word.body#word-word-body-inserttable-member(1)).
   */
  insertTable(rowCount: number, columnCount: number, insertLocation: string, values?: string[][]): TableProxy {
    return this._create(new TableProxy(this.context), "insertTable", [rowCount, columnCount, insertLocation, values], true, (c) => {
      requireWordApi(this.context, 3, "Body.insertTable");
      if (insertLocation !== "Start" && insertLocation !== "End") throw invalidArgument("Body.insertTable", `insertLocation '${insertLocation}'.`);
      const grid = Array.from({ length: rowCount }, (_, r) => Array.from({ length: columnCount }, (_, k) => values?.[r]?.[k] ?? ""));
      const table = new SimTable(c, grid);
      if (insertLocation === "Start") c.blocks.unshift(table);
      else c.blocks.push(table);
      return table;
    });
  }

  /** WordApi 1.4. */
  getComments(): CommentCollectionProxy {
    return this._create(new CommentCollectionProxy(this.context), "getComments", [], false, (c) => {
      requireWordApi(this.context, 4, "Body.getComments");
      const span = containerSpan(c);
      return this.context.runtime.doc.comments.filter((m) => spanContains(span, m.span));
    });
  }

  clear(): void {
    this._method("clear", [], true, (c) => {
      const first = c.paragraphs()[0];
      c.blocks.splice(0, c.blocks.length);
      if (first) {
        first.text = "";
        c.blocks.push(first);
      }
      return undefined;
    });
  }
}
