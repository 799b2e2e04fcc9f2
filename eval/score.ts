import type { FillOptions, RegionLevel } from "../src/core/fill/types";
import type { CorpusDoc } from "./corpus";

/** Comparing what the engines report with the corpus marks; engines.ts and cli.ts produce the reports. */

export interface Span {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** What a fill does at one placeholder: the text it writes (undefined when it leaves it blank) and why. */
export interface Write extends Span {
  value: string | undefined;
  reason: string;
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

export interface TrapScore {
  total: number;
  failures: { line: number; text: string; hits: string[] }[];
}

const key = (s: { paragraph: number; start: number; end: number }) => `${s.paragraph}:${s.start}:${s.end}`;
const span = ({ paragraph, start, end, text }: Span): Span => ({ paragraph, start, end, text });

export function scoreScan(doc: CorpusDoc, found: readonly Span[]): ScanScore {
  const marked = new Set(doc.marks.map(key));
  const got = new Set(found.map(key));
  return {
    found: doc.marks.filter((m) => got.has(key(m))).length,
    extra: found.filter((p) => !marked.has(key(p))).map(span),
    missed: doc.marks.filter((m) => !got.has(key(m))).map(span),
  };
}

/** The matcher's options from the header: @year, @region by name, and its level (last character 市, 县 or 区). */
export function fillOptions(doc: CorpusDoc): FillOptions {
  const options: FillOptions = {};
  if (doc.year !== undefined) options.docYear = doc.year;
  if (doc.region !== undefined) options.region = doc.region;
  const level = doc.region?.slice(-1);
  if (level === "市" || level === "县" || level === "区") options.regionLevel = level as RegionLevel;
  return options;
}

/** Compares what would be written with the marks: exact text, and nothing where the corpus expects a blank. */
export function scoreWrites(doc: CorpusDoc, writes: readonly Write[]): FillScore {
  const byKey = new Map(writes.map((w) => [key(w), w]));
  const score: FillScore = { cases: 0, correct: 0, wrong: [], left: [], blanks: 0, blanksKept: 0 };
  const marked = new Set<string>();
  for (const m of doc.marks) {
    marked.add(key(m));
    const w = byKey.get(key(m));
    const written = w?.value;
    const problem: FillProblem = { ...span(m), expected: m.expected, written, reason: w ? w.reason : "扫描未找到该占位符" };
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
  for (const w of writes) {
    if (!marked.has(key(w)) && w.value !== undefined) score.wrong.push({ ...span(w), expected: undefined, written: w.value, reason: w.reason });
  }
  return score;
}

/** Scores the body lines the audit flagged (0-based paragraphs with at least one finding). */
export function scoreFlags(doc: CorpusDoc, flagged: ReadonlySet<number>): AuditScore {
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
