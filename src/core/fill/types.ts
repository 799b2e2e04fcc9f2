import type { Placeholder } from "../placeholders/types";
import type { Row } from "../table/schema";

export type RegionLevel = "市" | "县" | "区";

export interface FillOptions {
  /** the year the document is given in; 去年/今年 resolve against it (detected from the text when absent) */
  docYear?: number;
  /** the document's own level (全市/全县/全区), detected from the text when absent */
  regionLevel?: RegionLevel;
  /** write 12,345 rather than 12345 (GB/T 15835 allows either; off by default) */
  thousandsSeparator?: boolean;
}

export interface Candidate {
  row: Row;
  rowId: string;
  /** the text the fill would write, or null when the row cannot be written here (see problem) */
  value: string | null;
  score: number;
  problem: string;
}

export type FillStatus = "fill" | "ambiguous" | "no_match" | "conflict" | "unsupported";

/** What DraftKit proposes for one placeholder. Only status "fill" carries a value; everything else is left blank. */
export interface Proposal {
  placeholder: Placeholder;
  status: FillStatus;
  value: string | null;
  row: Row | undefined;
  rowId: string | undefined;
  confidence: "high" | "medium" | "none";
  /** why, in zh-CN: the row and period used, or why nothing was filled */
  reason: string;
  candidates: Candidate[];
}

export interface FillContext {
  rows: readonly Row[];
  docYear: number | undefined;
  regionLevel: RegionLevel | undefined;
  thousandsSeparator: boolean;
}
