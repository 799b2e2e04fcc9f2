import data from "../src/data/divisions.json";
import { type DivisionData, type DivisionIndex, buildDivisionIndex } from "../src/core/audit/divisions";
import { runAudit } from "../src/core/audit/run";
import { snapshotFromLines } from "../src/core/document/snapshot";
import { planFills } from "../src/core/fill/plan";
import type { Proposal } from "../src/core/fill/types";
import { scanParagraph, scanSnapshot } from "../src/core/placeholders/scan";
import type { IndicatorTable } from "../src/core/table/schema";
import type { CorpusDoc } from "./corpus";
import { type DocScore, type TrapScore, type Write, fillOptions, scoreFlags, scoreScan, scoreWrites } from "./score";

/** Runs the engines in-process, as the CLI and the pane call them. */

/** What the CLI writes with --out (applyToLines) and the pane ticks: a "fill" that is sure or likely, in the body. */
export const isWritten = (p: Proposal): boolean => p.status === "fill" && p.value !== null && (p.confidence === "high" || p.confidence === "medium") && p.placeholder.part.kind === "body";

export const writesOf = (proposals: readonly Proposal[]): Write[] =>
  proposals.map((p) => ({ paragraph: p.placeholder.paragraph, start: p.placeholder.start, end: p.placeholder.end, text: p.placeholder.text, value: isWritten(p) ? (p.value ?? undefined) : undefined, reason: p.reason }));

export const scoreProposals = (doc: CorpusDoc, proposals: readonly Proposal[]) => scoreWrites(doc, writesOf(proposals));

let divisionIndex: DivisionIndex | undefined;

/** Body paragraphs with a finding, the audit run as `draftkit audit --region --year` runs it. */
export function auditFlags(doc: CorpusDoc): Set<number> {
  divisionIndex ??= buildDivisionIndex(data as DivisionData);
  const result = runAudit(snapshotFromLines(doc.lines), {
    divisions: divisionIndex,
    ...(doc.region !== undefined ? { region: doc.region } : {}),
    ...(doc.year !== undefined ? { docYear: doc.year } : {}),
  });
  return new Set(result.findings.filter((f) => f.part.kind === "body").map((f) => f.paragraph));
}

export function scoreDoc(doc: CorpusDoc, table: IndicatorTable | undefined): DocScore {
  const snapshot = snapshotFromLines(doc.lines);
  const placeholders = scanSnapshot(snapshot).placeholders;
  return {
    id: doc.id,
    scan: scoreScan(doc, placeholders),
    fill: table ? scoreProposals(doc, planFills(snapshot, placeholders, table, fillOptions(doc))) : undefined,
    audit: scoreFlags(doc, auditFlags(doc)),
  };
}

/** A trap passes when the scanner reports nothing in its line. */
export function scoreTraps(traps: readonly { line: number; text: string }[]): TrapScore {
  const failures = traps.flatMap((t) => {
    const hits = scanParagraph(t.text);
    return hits.length === 0 ? [] : [{ line: t.line, text: t.text, hits: hits.map((h) => h.text) }];
  });
  return { total: traps.length, failures };
}
