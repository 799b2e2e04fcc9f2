import type { Ablation } from "./ablation";
import type { WithoutAliases } from "./withoutAliases";
import type { DocScore, TrapScore } from "./score";

/** The corpus-wide figures written to eval/latest.json and checked against eval/thresholds.json. */
export interface Figures {
  documents: number;
  fillDocuments: number;
  scan: { marked: number; found: number; extra: number; trapHits: number; precision: number; recall: number };
  traps: { total: number; passed: number; passRate: number };
  fill: { cases: number; correct: number; wrong: number; left: number; blanks: number; blanksKept: number; correctRate: number; wrongRate: number };
  audit: { defects: number; defectsFound: number; clean: number; cleanFlagged: number; defectRecall: number; cleanFlagRate: number };
  /** fill cases written from another row once the rows holding their value are taken out (ablation.ts) */
  ablation?: { cases: number; written: number; writtenRate: number };
  /** the fill with every alias taken out of the tables (withoutAliases.ts) */
  bare?: WithoutAliases;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
/** A ratio rounded down to 4 decimals (so a threshold set at today's figure is met today); 1 when nothing is counted. */
export const ratio = (n: number, d: number) => (d === 0 ? 1 : Math.floor((n / d) * 10000) / 10000);
export const zeroRatio = (n: number, d: number) => (d === 0 ? 0 : Math.ceil((n / d) * 10000) / 10000);

export function totals(docs: readonly DocScore[], traps: TrapScore, ablation?: Ablation, bare?: WithoutAliases): Figures {
  const found = sum(docs.map((d) => d.scan.found));
  const marked = found + sum(docs.map((d) => d.scan.missed.length));
  const extra = sum(docs.map((d) => d.scan.extra.length));
  const trapHits = sum(traps.failures.map((f) => f.hits.length));
  const fills = docs.flatMap((d) => (d.fill ? [d.fill] : []));
  const correct = sum(fills.map((f) => f.correct));
  const wrong = sum(fills.map((f) => f.wrong.length));
  const cases = sum(fills.map((f) => f.cases));
  const defects = sum(docs.map((d) => d.audit.defects));
  const defectsFound = sum(docs.map((d) => d.audit.defectsFound));
  const clean = sum(docs.map((d) => d.audit.clean));
  const cleanFlagged = sum(docs.map((d) => d.audit.falseAlarms.length));
  return {
    documents: docs.length,
    fillDocuments: fills.length,
    scan: { marked, found, extra, trapHits, precision: ratio(found, found + extra + trapHits), recall: ratio(found, marked) },
    traps: { total: traps.total, passed: traps.total - traps.failures.length, passRate: ratio(traps.total - traps.failures.length, traps.total) },
    fill: {
      cases,
      correct,
      wrong,
      left: sum(fills.map((f) => f.left.length)),
      blanks: sum(fills.map((f) => f.blanks)),
      blanksKept: sum(fills.map((f) => f.blanksKept)),
      correctRate: ratio(correct, cases),
      wrongRate: zeroRatio(wrong, correct + wrong),
    },
    audit: { defects, defectsFound, clean, cleanFlagged, defectRecall: ratio(defectsFound, defects), cleanFlagRate: zeroRatio(cleanFlagged, clean) },
    ...(ablation ? { ablation: { cases: ablation.cases, written: ablation.written, writtenRate: ablation.writtenRate } } : {}),
    ...(bare ? { bare } : {}),
  };
}

/** eval/thresholds.json: "min" figures must not fall, "max" figures must not rise; keys are paths such as "scan.recall". */
export interface Thresholds {
  min: Record<string, number>;
  max: Record<string, number>;
}

/** Thresholds at the given figures: what `npm run eval -- --set-thresholds` writes after an improvement. */
export function thresholdsAt(f: Figures): Thresholds {
  return {
    min: {
      "scan.precision": f.scan.precision,
      "scan.recall": f.scan.recall,
      "traps.passRate": f.traps.passRate,
      "fill.correctRate": f.fill.correctRate,
      "audit.defectRecall": f.audit.defectRecall,
      ...(f.bare ? { "bare.correctRate": f.bare.correctRate } : {}),
    },
    max: {
      "fill.wrongRate": f.fill.wrongRate,
      "audit.cleanFlagRate": f.audit.cleanFlagRate,
      ...(f.ablation ? { "ablation.writtenRate": f.ablation.writtenRate } : {}),
      ...(f.bare ? { "bare.wrongRate": f.bare.wrongRate } : {}),
    },
  };
}

function figure(f: Figures, path: string): number | undefined {
  const [group, name] = path.split(".");
  const g = (f as unknown as Record<string, unknown>)[group ?? ""];
  const v = name === undefined ? g : (g as Record<string, unknown> | undefined)?.[name];
  return typeof v === "number" ? v : undefined;
}

/** Every figure that got worse than its threshold, as a readable line; an unknown key is a problem too. */
export function regressions(f: Figures, t: Thresholds): string[] {
  const out: string[] = [];
  for (const [path, min] of Object.entries(t.min)) {
    const v = figure(f, path);
    if (v === undefined) out.push(`${path}: no such figure (thresholds.json names a figure that latest.json lacks)`);
    else if (v < min) out.push(`${path} fell to ${v} (threshold ${min})`);
  }
  for (const [path, max] of Object.entries(t.max)) {
    const v = figure(f, path);
    if (v === undefined) out.push(`${path}: no such figure (thresholds.json names a figure that latest.json lacks)`);
    else if (v > max) out.push(`${path} rose to ${v} (threshold ${max})`);
  }
  return out;
}
