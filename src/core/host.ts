import type { DocSnapshot, PartRef } from "./document/snapshot";

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
}
