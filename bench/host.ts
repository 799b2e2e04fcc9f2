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

export interface OpFigures {
  syncs: number;
  maxSyncBytes: number;
  coreMs: number;
  totalMs: number;
}

const divisions = buildDivisionIndex(data as DivisionData);

async function measure(sim: ReturnType<typeof createSimHost>, op: () => Promise<number>): Promise<OpFigures> {
  sim.resetStats();
  const t0 = performance.now();
  const coreMs = await op();
  const totalMs = performance.now() - t0;
  const maxSyncBytes = Math.max(0, ...sim.stats.syncs.map((s) => s.requestBytes + s.responseBytes));
  return { syncs: sim.syncCount(), maxSyncBytes, coreMs: Number(coreMs.toFixed(1)), totalMs: Number(totalMs.toFixed(1)) };
}

/** Scan, fill-all, insert-section and audit through the Word adapter on a simulated document of `pages` pages. */
export async function benchHost(pages: number) {
  const draft = generateDraft(pages);
  const sim = createSimHost({ doc: buildDocument(draft), asyncSync: false });
  sim.install(globalThis as unknown as Record<string, unknown>);
  const host = createWordHost();
  const timed = <T>(f: () => T): [T, number] => {
    const t = performance.now();
    const v = f();
    return [v, performance.now() - t];
  };

  const scan = await measure(sim, async () => {
    const snap = await host.read();
    return timed(() => scanSnapshot(snap))[1];
  });
  const snapshot = await host.read();
  const placeholders = scanSnapshot(snapshot).placeholders;
  let filled = 0;
  const fill = await measure(sim, async () => {
    const snap = await host.read();
    sim.resetStats();
    const [proposals, ms] = timed(() => planFills(snap, scanSnapshot(snap).placeholders, bundledTable, { docYear: 2020 }));
    const chosen = proposals.filter((p) => p.status === "fill").map((p) => ({ proposal: p, value: p.value as string }));
    const report = await host.fill(targetsFor(chosen), { linked: true, trackChanges: false });
    filled = report.applied.length;
    return ms;
  });
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
  return { pages, paragraphs: snapshot.paragraphs.length, placeholders: placeholders.length, filled, findings, scan, fill, insert, audit };
}
