import type { EditSink } from "./edit";
import { type SimListDef, gongwenList } from "./lists";
import { type Anchor, SimContainer, type SimParagraph, newNodeId } from "./nodes";
import { type Span, spanText } from "./span";

export type HeaderFooterType = "Primary" | "FirstPage" | "EvenPages";
export type ChangeTrackingMode = "Off" | "TrackAll" | "TrackMineOnly";
export type ContentControlAppearance = "BoundingBox" | "Tags" | "Hidden";

export interface SimSection {
  readonly id: string;
  readonly headers: Record<HeaderFooterType, SimContainer>;
  readonly footers: Record<HeaderFooterType, SimContainer>;
}

export interface SimContentControl {
  readonly id: number;
  span: Span;
  tag: string;
  title: string;
  appearance: ContentControlAppearance;
  color: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
  removed: boolean;
}

export interface SimComment {
  readonly id: string;
  span: Span;
  content: string;
  authorName: string;
  resolved: boolean;
}

export interface SimRevision {
  type: "Added" | "Deleted";
  text: string;
  author: string;
  paragraphId: string;
  offset: number;
}

export class SimDocument implements EditSink {
  readonly body: SimContainer = new SimContainer("body", this);
  readonly sections: SimSection[] = [];
  /** footnote and endnote bodies, in document order (their reference marks in the text are not modelled) */
  readonly footnotes: SimContainer[] = [];
  readonly endnotes: SimContainer[] = [];
  readonly contentControls: SimContentControl[] = [];
  readonly comments: SimComment[] = [];
  readonly revisions: SimRevision[] = [];
  /** numbering definitions by numId; 1 is the 公文 outline (一、 （一） 1. （1）) */
  readonly lists = new Map<number, SimListDef>([[1, gongwenList()]]);
  /** Office.context.document.settings: saved with the document. */
  readonly settings = new Map<string, unknown>();
  selection: Span | undefined;
  changeTrackingMode: ChangeTrackingMode = "Off";
  /** A protected (read-only) document: every edit fails as it does in Word. */
  readOnly = false;
  author = "DraftKit 用户";
  private nextControlId = 1;
  private readonly controlByAnchor = new WeakMap<Anchor, SimContentControl>();
  private readonly listeners = new Set<() => void>();

  constructor() {
    this.addSection();
  }

  addSection(): SimSection {
    const make = (kind: "header" | "footer"): Record<HeaderFooterType, SimContainer> => ({
      Primary: new SimContainer(kind, this),
      FirstPage: new SimContainer(kind, this),
      EvenPages: new SimContainer(kind, this),
    });
    const section: SimSection = { id: newNodeId("s"), headers: make("header"), footers: make("footer") };
    this.sections.push(section);
    return section;
  }

  /** Every container with text: the body, then each section's headers and footers. */
  allContainers(): SimContainer[] {
    const out = [this.body];
    for (const s of this.sections) out.push(...Object.values(s.headers), ...Object.values(s.footers));
    return [...out, ...this.footnotes, ...this.endnotes];
  }

  addNote(kind: "footnote" | "endnote", text: string): SimContainer {
    const c = new SimContainer(kind, this);
    c.appendParagraph(text, { firstLineIndent: 0 }, { size: 9 });
    (kind === "footnote" ? this.footnotes : this.endnotes).push(c);
    return c;
  }

  addContentControl(span: Span): SimContentControl {
    const cc: SimContentControl = {
      id: this.nextControlId++,
      span,
      tag: "",
      title: "",
      appearance: "BoundingBox",
      color: "#0000FF",
      cannotEdit: false,
      cannotDelete: false,
      removed: false,
    };
    this.contentControls.push(cc);
    this.controlByAnchor.set(span.start, cc);
    this.controlByAnchor.set(span.end, cc);
    return cc;
  }

  /**
   * Live controls that start or end in one of `paras`, found through the paragraphs' own anchors (which follow every
   * split and merge), so a check costs what those paragraphs hold, not every control in the document.
   */
  controlsTouching(paras: readonly SimParagraph[]): SimContentControl[] {
    const out = new Set<SimContentControl>();
    for (const p of paras) {
      for (const a of p.anchors) {
        const cc = this.controlByAnchor.get(a);
        if (cc && !cc.removed && !cc.span.start.para.removed) out.add(cc);
      }
    }
    return [...out];
  }

  liveContentControls(): SimContentControl[] {
    return this.contentControls.filter((c) => !c.removed && !c.span.start.para.removed);
  }

  addComment(span: Span, content: string): SimComment {
    const c: SimComment = { id: newNodeId("cm"), span, content, authorName: this.author, resolved: false };
    this.comments.push(c);
    return c;
  }

  inserted(para: SimParagraph, offset: number, text: string): void {
    if (this.changeTrackingMode !== "Off") {
      this.revisions.push({ type: "Added", text, author: this.author, paragraphId: para.id, offset });
    }
  }

  deleted(para: SimParagraph, offset: number, text: string): void {
    if (this.changeTrackingMode !== "Off") {
      this.revisions.push({ type: "Deleted", text, author: this.author, paragraphId: para.id, offset });
    }
  }

  trackingAuthor(): string | undefined {
    return this.changeTrackingMode === "Off" ? undefined : this.author;
  }

  selectionText(): string {
    return this.selection ? spanText(this.selection) : "";
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const l of this.listeners) l();
  }
}
