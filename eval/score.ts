import data from "../src/data/divisions.json";
import { type DivisionData, type DivisionIndex, buildDivisionIndex } from "../src/core/audit/divisions";
import { runAudit } from "../src/core/audit/run";
import { snapshotFromLines } from "../src/core/document/snapshot";
import { planFills } from "../src/core/fill/plan";
import type { FillOptions, Proposal, RegionLevel } from "../src/core/fill/types";
import { scanParagraph, scanSnapshot } from "../src/core/placeholders/scan";
import type { Placeholder } from "../src/core/placeholders/types";
import type { IndicatorTable } from "../src/core/table/schema";
import type { CorpusDoc } from "./corpus";

export interface Span {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface ScanScore {
  found: number;
  extra: Span[];
  missed: Span[];
}

export interface FillProblem extends Span {
  /** undefined: the placeholder had to stay blank */
  expected: string | undefined;
  written: string | undefined;
  reason: string;
}

export interface FillScore {
  /** placeholders with an expected value */
  cases: number;
  correct: number;
  /** values written where the expected value differs, where none is expected, or into a span nobody marked */
  wrong: FillProblem[];
  left: FillProblem[];
  /** placeholders that must stay blank, and how many did */
  blanks: number;
  blanksKept: number;
}

export interface AuditScore {
  defects: number;
  defectsFound: number;
  clean: number;
  /** clean lines with a finding (0-based paragraph) */
  falseAlarms: number[];
  /** defect lines without any finding */
  missed: number[];
}

export interface DocScore {
  id: string;
  scan: ScanScore;
  fill: FillScore | undefined;
  audit: AuditScore;
}

const key = (s: { paragraph: number; start: number; end: number }) => `${s.paragraph}:${s.start}:${s.end}`;
const span = (p: Placeholder): Span => ({ paragraph: p.paragraph, start: p.start, end: p.end, text: p.text });

export function scoreScan(doc: CorpusDoc, placeholders: readonly Placeholder[]): ScanScore {
  const marked = new Set(doc.marks.map(key));
  const got = new Set(placeholders.map(key));
  return {
    found: doc.marks.filter((m) => got.has(key(m))).length,
    extra: placeholders.filter((p) => !marked.has(key(p))).map(span),
    missed: doc.marks.filter((m) => !got.has(key(m))).map(({ paragraph, start, end, text }) => ({ paragraph, start, end, text })),
  };
}

/** What the CLI writes with --out (applyToLines) and the pane ticks: a "fill" that is sure or likely. */
export const isWritten = (p: Proposal): boolean => p.status === "fill" && p.value !== null && (p.confidence === "high" || p.confidence === "medium") && p.placeholder.part.kind === "body";

/** The document's own level for the matcher: the last character of @region when it is 市, 县 or 区. */
export function fillOptions(doc: CorpusDoc): FillOptions {
  const options: FillOptions = {};
  if (doc.year !== undefined) options.docYear = doc.year;
  const level = doc.region?.slice(-1);
  if (level === "市" || level === "县" || level === "区") options.regionLevel = level as RegionLevel;
  return options;
}

export function scoreFill(doc: CorpusDoc, placeholders: readonly Placeholder[], table: IndicatorTable): FillScore {
  return scoreProposals(doc, planFills(snapshotFromLines(doc.lines), placeholders, table, fillOptions(doc)));
}

/** Compares what would be written with the marks: exact text, and nothing where the corpus expects a blank. */
export function scoreProposals(doc: CorpusDoc, proposals: readonly Proposal[]): FillScore {
  const byKey = new Map(proposals.map((p) => [key(p.placeholder), p]));
  const score: FillScore = { cases: 0, correct: 0, wrong: [], left: [], blanks: 0, blanksKept: 0 };
  const marked = new Set<string>();
  for (const m of doc.marks) {
    marked.add(key(m));
    const p = byKey.get(key(m));
    const written = p && isWritten(p) ? (p.value as string) : undefined;
    const problem: FillProblem = { paragraph: m.paragraph, start: m.start, end: m.end, text: m.text, expected: m.expected, written, reason: p ? p.reason : "扫描未找到该占位符" };
    if (m.expected === undefined) {
      score.blanks += 1;
      if (written === undefined) score.blanksKept += 1;
      else score.wrong.push(problem);
    } else {
      score.cases += 1;
      if (written === m.expected) score.correct += 1;
      else if (written === undefined) score.left.push(problem);
      else score.wrong.push(problem);
    }
  }
  for (const p of proposals) {
    if (!marked.has(key(p.placeholder)) && isWritten(p)) score.wrong.push({ ...span(p.placeholder), expected: undefined, written: p.value as string, reason: p.reason });
  }
  return score;
}

export function scoreAudit(doc: CorpusDoc, divisions: DivisionIndex): AuditScore {
  const result = runAudit(snapshotFromLines(doc.lines), {
    divisions,
    ...(doc.region !== undefined ? { region: doc.region } : {}),
    ...(doc.year !== undefined ? { docYear: doc.year } : {}),
  });
  const flagged = new Set(result.findings.filter((f) => f.part.kind === "body").map((f) => f.paragraph));
  const lines = doc.lines.map((_, i) => i);
  const defects = lines.filter((i) => doc.defects.has(i));
  const clean = lines.filter((i) => !doc.defects.has(i));
  return {
    defects: defects.length,
    defectsFound: defects.filter((i) => flagged.has(i)).length,
    clean: clean.length,
    falseAlarms: clean.filter((i) => flagged.has(i)),
    missed: defects.filter((i) => !flagged.has(i)),
  };
}

let divisionIndex: DivisionIndex | undefined;

export function scoreDoc(doc: CorpusDoc, table: IndicatorTable | undefined): DocScore {
  divisionIndex ??= buildDivisionIndex(data as DivisionData);
  const placeholders = scanSnapshot(snapshotFromLines(doc.lines)).placeholders;
  return {
    id: doc.id,
    scan: scoreScan(doc, placeholders),
    fill: table ? scoreFill(doc, placeholders, table) : undefined,
    audit: scoreAudit(doc, divisionIndex),
  };
}

export interface TrapScore {
  total: number;
  failures: { line: number; text: string; hits: string[] }[];
}

/** A trap passes when the scanner reports nothing in its line. */
export function scoreTraps(traps: readonly { line: number; text: string }[]): TrapScore {
  const failures = traps.flatMap((t) => {
    const hits = scanParagraph(t.text);
    return hits.length === 0 ? [] : [{ line: t.line, text: t.text, hits: hits.map((h) => h.text) }];
  });
  return { total: traps.length, failures };
}
