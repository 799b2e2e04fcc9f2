import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import type { DivisionIndex } from "./divisions";
import type { AuditInput, Finding, Rule } from "./types";

/** Runs one rule over lines of body text (test helper). */
export function check(rule: Rule, lines: string[], extra: Partial<Omit<AuditInput, "snapshot" | "placeholders">> = {}): Finding[] {
  const snapshot = snapshotFromLines(lines);
  return rule.check({ snapshot, placeholders: scanSnapshot(snapshot).placeholders, docYear: 2026, region: undefined, divisions: undefined as DivisionIndex | undefined, ...extra });
}

export const texts = (fs: Finding[]): string[] => fs.map((f) => f.text);
