import type { DocSnapshot, PartRef } from "./document/snapshot";
import type { IndicatorTable } from "./table/schema";

/** A stretch of text DraftKit wants to reach in the document, as found in a snapshot. */
export interface TextTarget {
  part: PartRef;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface Problem {
  code: string;
  message: string;
}

export type Outcome = { ok: true } | ({ ok: false } & Problem);

/** One replacement: the target must still read `text`, inside an unchanged `clause`, when it is applied. */
export interface FillTarget extends TextTarget {
  clause: { start: number; end: number; text: string };
  value: string;
  /** content-control tag linking the value to its table row (see core/fill/binding), when values stay linked */
  tag?: string;
  /** shown as the content control's title */
  label?: string;
}

export interface WriteOptions {
  /** keep filled values in tagged content controls so 刷新数据 can update them */
  linked: boolean;
  /** record the fill as tracked changes (WordApi 1.4) */
  trackChanges: boolean;
}

export interface Skipped {
  target: TextTarget;
  /** comment_not_allowed: Word cannot comment a header or footer (office-js issue 341) */
  code: "target_changed" | "target_unreachable" | "target_missing" | "comment_not_allowed";
  message: string;
}

export interface FillReport {
  applied: TextTarget[];
  skipped: Skipped[];
  /** things the user should know although the fill went through (e.g. the linked-value map could not be saved) */
  notes?: string[];
}

export type BlockRole = "title" | "salutation" | "h1" | "h2" | "body";

export interface InsertOptions {
  /** gongwen: GB/T 9704 fonts, sizes, indents and spacing; document: built-in styles only, the document's look */
  format: "gongwen" | "document";
  /** gb2312: 仿宋_GB2312/楷体_GB2312 as GB/T 9704 names them; generic: 仿宋/楷体 for machines without them */
  fonts: "gb2312" | "generic";
}

export interface SectionBlock {
  role: BlockRole;
  text: string;
  placements: { text: string; nth: number; tag: string; title: string }[];
}

export interface CommentTarget extends TextTarget {
  message: string;
}

export interface CommentReport {
  inserted: number;
  skipped: Skipped[];
  /** DraftKit comments from an earlier run that were replaced (deleted before inserting the new ones) */
  removed?: number;
}

export interface LinkedValue {
  id: number;
  tag: string;
  text: string;
}

export interface HostCapabilities {
  /** WordApi 1.4: comments and change tracking */
  comments: boolean;
  trackChanges: boolean;
  /** a human label of the host, for the status line */
  label: string;
}

/**
 * Everything the task pane asks of the document. The Word adapter implements it over Word.run; views receive it
 * through React context and never touch Word themselves.
 */
export interface DocumentHost {
  capabilities(): HostCapabilities;
  read(): Promise<DocSnapshot>;
  select(target: TextTarget): Promise<Outcome>;
  /** Replaces the targets that still hold their text, in at most three syncs; the others are reported. */
  fill(targets: readonly FillTarget[], options: WriteOptions): Promise<FillReport>;
  /** Content controls DraftKit tagged (linked values), in one sync. */
  linkedValues(): Promise<LinkedValue[]>;
  /** Writes new texts into linked content controls by id, in two syncs. */
  updateLinked(updates: readonly { id: number; text: string }[], options: Pick<WriteOptions, "trackChanges">): Promise<number>;
  /**
   * One Word comment per target (WordApi 1.4), in three syncs; DraftKit's comments from an earlier run are replaced,
   * and targets in headers or footers are skipped with a note (Word cannot comment there).
   */
  comment(targets: readonly CommentTarget[]): Promise<CommentReport>;
  /** Inserts section blocks after the cursor's paragraph and renumbers headings, in two syncs; returns edits made. */
  insertSections(blocks: readonly SectionBlock[], options: InsertOptions): Promise<number>;
  /** The paragraphs of the current selection with their roles (for 保存所选为章节), in one sync. */
  selectionBlocks(): Promise<{ role: BlockRole; text: string }[]>;
  /** The indicator table saved in the document, if any (document settings). */
  loadTable(): IndicatorTable | undefined;
  saveTable(table: IndicatorTable | undefined): Promise<Outcome>;
}
