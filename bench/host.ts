import { performance } from "node:perf_hooks";
import { runAudit } from "../src/core/audit/run";
import { type DivisionData, buildDivisionIndex } from "../src/core/audit/divisions";
import { planFills } from "../src/core/fill/plan";
import { targetsFor } from "../src/core/fill/targets";
import { scanSnapshot } from "../src/core/placeholders/scan";
import { blocksFor } from "../src/core/sections/insertion";
import { bundledSections } from "../src/core/sections/library";
import { bundledTable } from "../src/core/table/bundled";
import data from "../src/data/divisions.json";
import { buildDocument } from "../src/simword/build";
import { createSimHost } from "../src/simword/host";
import { createWordHost } from "../src/word/wordHost";
import { generateDraft } from "./draft";

/**
 * Times are wall-clock (`…Ms`) and CPU time of this process (`…CpuMs`, user + system). On a machine shared with other
 * work the wall-clock figures grow with the load while the CPU figures stay put, so both are recorded.
 */
export interface OpFigures {
  syncs: number;
  maxSyncBytes: number;
  coreMs: number;
  coreCpuMs: number;
  totalMs: number;
  totalCpuMs: number;
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

/** CPU time spent in core functions during the current measurement. */
let coreCpu = 0;

const divisions = buildDivisionIndex(data as DivisionData);

async function measure(sim: ReturnType<typeof createSimHost>, op: () => Promise<number>): Promise<OpFigures> {
  sim.resetStats();
  coreCpu = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const coreMs = await op();
  const totalMs = performance.now() - t0;
  const totalCpuMs = cpuMs(c0);
  const maxSyncBytes = Math.max(0, ...sim.stats.syncs.map((s) => s.requestBytes + s.responseBytes));
  const round = (x: number) => Number(x.toFixed(1));
  return { syncs: sim.syncCount(), maxSyncBytes, coreMs: round(coreMs), coreCpuMs: round(coreCpu), totalMs: round(totalMs), totalCpuMs: round(totalCpuMs) };
}

/** Scan, fill-all, insert-section and audit through the Word adapter on a simulated document of `pages` pages. */
export async function benchHost(pages: number) {
  const draft = generateDraft(pages);
  const sim = createSimHost({ doc: buildDocument(draft), asyncSync: false });
  sim.install(globalThis as unknown as Record<string, unknown>);
  const host = createWordHost();
  const timed = <T>(f: () => T): [T, number] => {
    const c = process.cpuUsage();
    const t = performance.now();
    const v = f();
    const ms = performance.now() - t;
    coreCpu += cpuMs(c);
    return [v, ms];
  };

  const scan = await measure(sim, async () => {
    const snap = await host.read();
    return timed(() => scanSnapshot(snap))[1];
  });
  const snapshot = await host.read();
  const placeholders = scanSnapshot(snapshot).placeholders;
  let filled = 0;
  /** where a fill's time goes: reading the document, scanning, matching, writing the values */
  const fillParts = { readMs: 0, readCpuMs: 0, scanMs: 0, scanCpuMs: 0, planMs: 0, planCpuMs: 0, applyMs: 0, applyCpuMs: 0 };
  const fill = await measure(sim, async () => {
    let t = performance.now();
    let c = process.cpuUsage();
    const snap = await host.read();
    fillParts.readMs = performance.now() - t;
    fillParts.readCpuMs = cpuMs(c);
    sim.resetStats();
    const [placeholders, scanMs] = timed(() => scanSnapshot(snap).placeholders);
    const scanCpuMs = coreCpu;
    const [proposals, planMs] = timed(() => planFills(snap, placeholders, bundledTable, { docYear: 2020 }));
    Object.assign(fillParts, { scanMs, planMs, scanCpuMs, planCpuMs: coreCpu - scanCpuMs });
    const chosen = proposals.filter((p) => p.status === "fill").map((p) => ({ proposal: p, value: p.value as string }));
    t = performance.now();
    c = process.cpuUsage();
    const report = await host.fill(targetsFor(chosen), { linked: true, trackChanges: false });
    fillParts.applyMs = performance.now() - t;
    fillParts.applyCpuMs = cpuMs(c);
    filled = report.applied.length;
    return scanMs + planMs;
  });
  const round = (x: number) => Number(x.toFixed(1));
  const fillBreakdown = Object.fromEntries(Object.entries(fillParts).map(([k, v]) => [k, round(v)]));
  const integrity = bundledSections.find((s) => s.id === "integrity");
  const insert = await measure(sim, async () => {
    const [blocks, ms] = timed(() => blocksFor(integrity ? [integrity] : [], { level: "市", year: 2026 }, bundledTable.rows));
    await host.insertSections(blocks, { format: "gongwen", fonts: "gb2312" });
    return ms;
  });
  let findings = 0;
  const audit = await measure(sim, async () => {
    const snap = await host.read();
    const [r, ms] = timed(() => runAudit(snap, { divisions, region: "广元市" }));
    findings = r.findings.length;
    return ms;
  });
  return { pages, paragraphs: snapshot.paragraphs.length, placeholders: placeholders.length, filled, findings, scan, fill, fillBreakdown, insert, audit };
}
