import type { DocSnapshot } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { detectDocumentYear } from "../table/period";
import type { DivisionIndex } from "./divisions";
import type { SampleFill } from "./rules/sampleData";
import { rules } from "./rules/index";
import type { AuditInput, Finding } from "./types";

export interface AuditOptions {
  docYear?: number;
  region?: string;
  divisions?: DivisionIndex;
  sampleFills?: readonly SampleFill[];
}

export interface AuditResult {
  findings: Finding[];
  errors: number;
  warnings: number;
  infos: number;
  /** no error-level finding: 可以打印 */
  printable: boolean;
  docYear: number | undefined;
}

const order = { error: 0, warning: 1, info: 2 } as const;

/** Runs every rule over a snapshot; findings come grouped by rule, in document order within a rule. */
export function runAudit(snapshot: DocSnapshot, options: AuditOptions = {}): AuditResult {
  const docYear = options.docYear ?? detectDocumentYear(snapshot.paragraphs.map((p) => p.text));
  const input: AuditInput = {
    snapshot,
    placeholders: scanSnapshot(snapshot).placeholders,
    docYear,
    region: options.region,
    divisions: options.divisions,
    ...(options.sampleFills ? { sampleFills: options.sampleFills } : {}),
  };
  const findings = rules.flatMap((r) => r.check(input));
  const count = (s: keyof typeof order) => findings.filter((f) => f.severity === s).length;
  const errors = count("error");
  return { findings, errors, warnings: count("warning"), infos: count("info"), printable: errors === 0, docYear };
}

export const bySeverity = (a: Finding, b: Finding): number => order[a.severity] - order[b.severity];
