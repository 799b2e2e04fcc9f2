import type { ChangeTrackingMode, HeaderFooterType, SimDocument, SimSection } from "../model/document";
import { invalidArgument } from "../runtime/errors";
import { requireWordApi } from "../runtime/requirements";
import { type PropDef, SimCollection, SimObject } from "../runtime/proxy";
import { BodyProxy } from "./body";
import { RangeProxy } from "./range";
import { make } from "./registry";

const headerTypes: readonly HeaderFooterType[] = ["Primary", "FirstPage", "EvenPages"];
const trackingModes: readonly ChangeTrackingMode[] = ["Off", "TrackAll", "TrackMineOnly"];

export class SectionProxy extends SimObject<SimSection> {
  get _typeName(): string {
    return "Section";
  }
  protected _props(): Record<string, PropDef<SimSection>> {
    return { id: { get: (s) => s.id } };
  }

  private _part(name: "getHeader" | "getFooter", type: string): BodyProxy {
    return this._create(new BodyProxy(this.context), name, [type], false, (s) => {
      if (!headerTypes.includes(type as HeaderFooterType)) throw invalidArgument(`Section.${name}`, `Unknown type ${type}.`);
      return (name === "getHeader" ? s.headers : s.footers)[type as HeaderFooterType];
    });
  }

  getHeader(type: string): BodyProxy {
    return this._part("getHeader", type);
  }

  getFooter(type: string): BodyProxy {
    return this._part("getFooter", type);
  }

  get body(): BodyProxy {
    return this._child("body", () => new BodyProxy(this.context, () => this.context.runtime.doc.body));
  }

  /** WordApi 1.3. */
  getNext(): SectionProxy {
    return this._neighbour(new SectionProxy(this.context), "getNext", false, () => this.context.runtime.doc.sections, 1);
  }

  getNextOrNullObject(): SectionProxy {
    return this._neighbour(new SectionProxy(this.context), "getNextOrNullObject", true, () => this.context.runtime.doc.sections, 1);
  }
}

export class SectionCollectionProxy extends SimCollection<SimSection, SectionProxy> {
  get _typeName(): string {
    return "SectionCollection";
  }
  protected _makeItem(): SectionProxy {
    return new SectionProxy(this.context);
  }
}

export class DocumentProxy extends SimObject<SimDocument> {
  get _typeName(): string {
    return "Document";
  }

  protected _props(): Record<string, PropDef<SimDocument>> {
    return {
      changeTrackingMode: {
        get: (d) => {
          requireWordApi(this.context, 4, "Document.changeTrackingMode");
          return d.changeTrackingMode;
        },
        set: (d, v) => {
          requireWordApi(this.context, 4, "Document.changeTrackingMode");
          if (!trackingModes.includes(v as ChangeTrackingMode)) throw invalidArgument("Document.changeTrackingMode", String(v));
          d.changeTrackingMode = v as ChangeTrackingMode;
        },
      },
    };
  }

  protected override _navs(): Record<string, () => SimObject<unknown>> {
    return { body: () => this.body, sections: () => this.sections, contentControls: () => this.contentControls };
  }

  get changeTrackingMode(): string {
    return this._read("changeTrackingMode");
  }
  set changeTrackingMode(v: string) {
    this._write("changeTrackingMode", v);
  }

  get body(): BodyProxy {
    return this._child("body", () => new BodyProxy(this.context, () => this._resolve("body").body));
  }

  get sections(): SectionCollectionProxy {
    return this._child("sections", () => new SectionCollectionProxy(this.context, () => this._resolve("sections").sections));
  }

  get contentControls(): ReturnType<typeof make.contentControlCollection> {
    return this._child("contentControls", () =>
      make.contentControlCollection(this.context, () => this._resolve("contentControls").liveContentControls()),
    );
  }

  /** The current selection; a collapsed cursor at the start of the body when nothing was ever selected. */
  getSelection(): RangeProxy {
    return this._create(new RangeProxy(this.context), "getSelection", [], false, (d) => {
      if (d.selection) return { start: d.selection.start.para.anchor(d.selection.start.offset, "start"), end: d.selection.end.para.anchor(d.selection.end.offset, "end") };
      const first = d.body.paragraphs()[0] ?? d.body.appendParagraph("");
      return { start: first.anchor(0, "start"), end: first.anchor(0, "end") };
    });
  }
}
