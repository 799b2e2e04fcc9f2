import { performance } from "node:perf_hooks";
import { runAudit } from "../src/core/audit/run";
import { snapshotFromLines } from "../src/core/document/snapshot";
import { planFills } from "../src/core/fill/plan";
import { scanSnapshot } from "../src/core/placeholders/scan";
import { bundledTable } from "../src/core/table/bundled";
import { type Shape, shapes } from "./shapes";

export const SMALL = 100 * 1024;
export const LARGE = 1024 * 1024;

export type Op = "scan" | "audit" | "fill";

/**
 * The fastest of `runs` runs of `f`, in milliseconds of wall-clock and of CPU time (user + system, this process);
 * each the least disturbed by other work on the machine.
 */
function fastest(runs: number, f: () => void): { ms: number; cpuMs: number } {
  let ms = Infinity;
  let cpuMs = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const c = process.cpuUsage();
    const t = performance.now();
    f();
    ms = Math.min(ms, performance.now() - t);
    const d = process.cpuUsage(c);
    cpuMs = Math.min(cpuMs, (d.user + d.system) / 1000);
  }
  return { ms, cpuMs };
}

const ops: Record<Op, (lines: string[]) => () => void> = {
  scan: (lines) => {
    const snap = snapshotFromLines(lines);
    return () => void scanSnapshot(snap);
  },
  // The audit scans too, so it covers the scanner and every rule.
  audit: (lines) => {
    const snap = snapshotFromLines(lines);
    return () => void runAudit(snap, { docYear: 2026 });
  },
  fill: (lines) => {
    const snap = snapshotFromLines(lines);
    const { placeholders } = scanSnapshot(snap);
    return () => void planFills(snap, placeholders, bundledTable, { docYear: 2026 });
  },
};

export interface ShapeTiming {
  shape: string;
  op: Op;
  smallMs: number;
  largeMs: number;
  smallCpuMs: number;
  largeCpuMs: number;
  /**
   * largeCpuMs / smallCpuMs: about 10 when linear (the sizes differ tenfold), 100 when quadratic. CPU time, as the
   * goals are judged: on a machine shared with other work the wall-clock ratio measures the load more than the code.
   */
  ratio: number;
  /** largeMs / smallMs, recorded beside it */
  wallRatio: number;
}

/** Times `op` on `shape` at both sizes in one run and gives the large/small ratio. */
export function timeShape(shape: Shape, op: Op, runs = { small: 3, large: 2 }): ShapeTiming {
  const small = ops[op](shape.lines(SMALL));
  const large = ops[op](shape.lines(LARGE));
  small(); // warm-up: the first run compiles the code paths, which would count against the small size only
  const s = fastest(runs.small, small);
  const l = fastest(runs.large, large);
  const round = (x: number) => Number(x.toFixed(1));
  const ratio = (a: number, b: number) => Number((a / Math.max(b, 0.01)).toFixed(1));
  return {
    shape: shape.id,
    op,
    smallMs: round(s.ms),
    largeMs: round(l.ms),
    smallCpuMs: round(s.cpuMs),
    largeCpuMs: round(l.cpuMs),
    ratio: ratio(l.cpuMs, s.cpuMs),
    wallRatio: ratio(l.ms, s.ms),
  };
}

/** Every shape under every op given. */
export const pathologicalSuite = (which: readonly Op[] = ["scan", "audit", "fill"]): ShapeTiming[] => shapes.flatMap((s) => which.map((op) => timeShape(s, op)));

/** One scan and one audit of `lines` (the 5 MB line: too large to repeat), wall-clock and CPU. */
export function timeOnce(lines: string[]) {
  const snap = snapshotFromLines(lines);
  const run = (f: () => void) => {
    const c = process.cpuUsage();
    const t = performance.now();
    f();
    const d = process.cpuUsage(c);
    return [Number((performance.now() - t).toFixed(1)), Number(((d.user + d.system) / 1000).toFixed(1))] as const;
  };
  const [scanMs, scanCpuMs] = run(() => void scanSnapshot(snap));
  const [auditMs, auditCpuMs] = run(() => void runAudit(snap, { docYear: 2026 }));
  return { chars: lines.reduce((n, l) => n + l.length, 0), scanMs, scanCpuMs, auditMs, auditCpuMs };
}
