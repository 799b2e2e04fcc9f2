import type { Placeholder } from "../placeholders/types";
import type { Row } from "../table/schema";
import type { NameIndex } from "./nameIndex";
import type { Reason } from "./reasons";

export type RegionLevel = "市" | "县" | "区";

export interface FillOptions {
  /** the year the document is given in; 去年/今年 resolve against it (detected from the text when absent) */
  docYear?: number;
  /** the document's own level (全市/全县/全区), detected from the text when absent */
  regionLevel?: RegionLevel;
  /** the document's own region by name (溪山县), detected from the table and the text when absent */
  region?: string;
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
  /** the problem as data (absent when there is none) */
  why?: Reason;
}

export type FillStatus = "fill" | "ambiguous" | "no_match" | "conflict" | "unsupported";

/**
 * What DraftKit proposes for one placeholder. Only status "fill" carries a value; everything else is left blank.
 * A value offered but not sure enough to tick (X余 against an exact figure) is a "conflict" whose first candidate
 * carries the value.
 */
export interface Proposal {
  placeholder: Placeholder;
  status: FillStatus;
  value: string | null;
  row: Row | undefined;
  rowId: string | undefined;
  confidence: "high" | "medium" | "none";
  /** why, in zh-CN: the row and period used, or why nothing was filled (describeReason(why, "zh-CN")) */
  reason: string;
  /** why, as data: render it with describeReason for the user's language */
  why: Reason;
  candidates: Candidate[];
}

export interface FillContext {
  rows: readonly Row[];
  docYear: number | undefined;
  regionLevel: RegionLevel | undefined;
  /** the document's own region by name, when known */
  region: string | undefined;
  /** the level the document speaks of most (国 省 市 县 区 乡镇), for rows when neither region nor level is known */
  scope: string | undefined;
  thousandsSeparator: boolean;
  /** every paragraph's text by document index, for the paragraph and heading a period may come from */
  paragraphs: readonly string[];
  /** the rows' names and aliases, indexed so that finding the rows named in a sentence does not read every row */
  index: NameIndex;
}
