import type { PartRef } from "../document/snapshot";

/**
 * What a placeholder stands for:
 * quantity (a number with a unit: X万, 95X项, X余名), percent (X%), points (X个百分点), person (X局长, XX同志),
 * place (X市, 重塑X形象), date (20XX年, X月X日), programme (the name of a programme or plan: X英才工程),
 * text (anything else to be written in: 【此处插入…】, ____, a bare X).
 */
export type PlaceholderKind = "quantity" | "percent" | "points" | "person" | "place" | "date" | "programme" | "text";

/** How the placeholder is written. */
export type PlaceholderForm =
  | "marker" // runs of X x Ｘ × ╳
  | "mixed" // digits with markers: 95X, X.X, 20XX
  | "mou" // 某某, 某某某
  | "circle" // ○○
  | "box" // □□
  | "instruction" // 【此处插入…】, （此处填写…）
  | "blank" // ____
  | "mask"; // phone or e-mail masks: XXXX-XXXXXXX, XXX@XXX.com

export interface Clause {
  start: number;
  end: number;
  text: string;
}

/** A placeholder found in one paragraph; offsets are UTF-16 code units within the paragraph. */
export interface ParagraphHit {
  start: number;
  end: number;
  text: string;
  kind: PlaceholderKind;
  form: PlaceholderForm;
  /** unit written after it (万, %, 个百分点, 万元…), empty when none */
  unit: string;
  /** the title kept after a person placeholder (局长, 书记, 同志…) or the place suffix (市, 县…) */
  title: string;
  /** 多 or 余 written between the number and its unit (X多万元, X余名): the figure is a rounded-down approximation */
  approx: "" | "多" | "余";
  /** 第X届: an ordinal */
  ordinal: boolean;
  /** placeholders that form one date (XXXX年XX月XX日) share a group key */
  group: string;
  /** the clause around it (between commas, semicolons, colons or sentence ends): the matcher's first context */
  clause: Clause;
  /** the whole sentence around it, for context a clause leaves out (“去年…，…X%”) */
  sentence: Clause;
}

export interface Placeholder extends ParagraphHit {
  id: string;
  part: PartRef;
  /** index of the paragraph within its part */
  paragraph: number;
  /** index of the paragraph in the snapshot (document order, body first) */
  docIndex: number;
  inTable: boolean;
  /** in a table: the other cells of the row, which name what the figure is (城镇新增就业 | X万人) */
  rowContext: string;
  /** the indicator an inserted section bound this placeholder to, empty when unbound */
  bound: string;
}

export interface ScanProblem {
  code: "search_text_too_long" | "placeholder_unreachable";
  message: string;
  part: PartRef;
  paragraph: number;
  start: number;
  end: number;
}

export interface ScanResult {
  placeholders: Placeholder[];
  problems: ScanProblem[];
}
