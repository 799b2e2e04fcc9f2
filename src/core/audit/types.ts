import type { DocParagraph, DocSnapshot, PartRef } from "../document/snapshot";
import type { Placeholder } from "../placeholders/types";
import type { DivisionIndex } from "./divisions";
import type { SampleFill } from "./rules/sampleData";

export type Severity = "error" | "warning" | "info";

/** One problem found before printing: which rule, how bad, what to do (zh-CN and en-US), and where. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** zh-CN: what is wrong and how to fix it */
  message: string;
  /** the same message in en-US (the pane shows it when its locale is en-US) */
  messageEn: string;
  part: PartRef;
  /** index of the paragraph within its part */
  paragraph: number;
  start: number;
  end: number;
  /** the text at [start, end) */
  text: string;
}

export interface AuditInput {
  snapshot: DocSnapshot;
  placeholders: readonly Placeholder[];
  /** the year the document is given in (set by the user, or detected) */
  docYear: number | undefined;
  /** the document's own region (云川市, 富顺县…); foreign place names are checked only when it is set */
  region: string | undefined;
  /** the administrative divisions of China; the foreign-place rule is skipped without them */
  divisions: DivisionIndex | undefined;
  /** values the pane filled from the sample table (rules/sampleData); absent where nothing recorded them (the CLI) */
  sampleFills?: readonly SampleFill[];
}

/** Every rule has the same shape, lives in its own file under rules/ and is registered in rules/index.ts. */
export interface Rule {
  id: string;
  /** zh-CN name shown as the group title */
  title: string;
  /** en-US name of the group */
  titleEn: string;
  check(input: AuditInput): Finding[];
}

/** A finding's message in both catalogs. */
export interface Message {
  zh: string;
  en: string;
}

export function finding(rule: string, severity: Severity, p: DocParagraph, start: number, end: number, message: Message): Finding {
  return { rule, severity, message: message.zh, messageEn: message.en, part: p.part, paragraph: p.index, start, end, text: p.text.slice(start, end) };
}

/** The group title of a rule in the given locale. */
export const ruleTitle = (rule: Pick<Rule, "title" | "titleEn">, locale: "zh-CN" | "en-US"): string => (locale === "en-US" ? rule.titleEn : rule.title);

/** A finding's message in the given locale. */
export const findingMessage = (f: Pick<Finding, "message" | "messageEn">, locale: "zh-CN" | "en-US"): string => (locale === "en-US" ? f.messageEn : f.message);

/** The body paragraphs outside tables, where headings and numbered lists live. */
export const bodyText = (input: AuditInput): DocParagraph[] => input.snapshot.paragraphs.filter((p) => p.part.kind === "body" && !p.inTable);

type Match = RegExpMatchArray & { index: number };
export type Pattern = [RegExp, (m: Match, p: DocParagraph) => Finding | undefined];

/**
 * One finding per match of each pattern in every paragraph (all parts), in document order: the common shape of the
 * text-pattern rules.
 */
export function matchFindings(input: AuditInput, patterns: readonly Pattern[]): Finding[] {
  const out: Finding[] = [];
  for (const p of input.snapshot.paragraphs) {
    for (const [re, make] of patterns) {
      for (const m of p.text.matchAll(re)) {
        const f = make(m as Match, p);
        if (f) out.push(f);
      }
    }
  }
  return out;
}
