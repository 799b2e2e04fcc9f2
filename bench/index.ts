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
import { benchHost } from "./host";
import { paneSize, previewTti } from "./pane";

/**
 * `npm run bench [-- --json]`: every figure in one run. Targets checked here (reported, not asserted as tests):
 * each operation's sync count is the same at every size, and no sync carries over 5 MB (Office on the web's limit).
 */
const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const json = process.argv.includes("--json");
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
  console.log(`targets met: ${result.allTargetsMet}`);
}

void main();
