// `npm run eval [-- --details] [--corpus DIR] [--via-cli] [--set-thresholds]`: scores scan, fill and audit on the real-document
// corpus (tests/corpus/ unless --corpus names another folder of the same layout), prints the table and writes
// eval/latest.json (DIR/latest.json for another folder); exits 1 when the corpus has markup errors or a figure fell
// below eval/thresholds.json.
// --via-cli scores through `draftkit scan|fill|audit --json` (the held-out contract) instead of the engines directly.
// The ablation figure (ablation.ts) and the fill without aliases (withoutAliases.ts) are always taken in-process.
// --set-thresholds writes eval/thresholds.json at the current figures (after an improvement, or new documents).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Thresholds, regressions, thresholdsAt, totals } from "./figures";
import { loadCorpus } from "./load";
import { details, summary } from "./report";
import { scoreDocViaCli } from "./cli";
import { ablate } from "./ablation";
import { scoreWithoutAliases } from "./withoutAliases";
import { scoreDoc, scoreTraps } from "./engines";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const at = args.indexOf("--corpus");
  const root = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && root === undefined) throw new Error("--corpus needs a folder");
  if (root !== undefined && args.includes("--set-thresholds")) throw new Error("--set-thresholds sets the repository corpus's thresholds: run it without --corpus");
  const corpus = await loadCorpus(root);
  for (const e of corpus.errors) process.stderr.write(`${e.file}:${e.line}${e.column ? `:${e.column}` : ""} [${e.code}] ${e.message}\n`);
  const viaCli = args.includes("--via-cli");
  const docs = [];
  for (const { doc, table, tablePath } of corpus.docs) docs.push({ doc, score: viaCli ? await scoreDocViaCli(doc, tablePath) : scoreDoc(doc, table) });
  const traps = scoreTraps(corpus.traps);
  const ablation = ablate(corpus.docs);
  const figures = totals(docs.map((d) => d.score), traps, ablation, scoreWithoutAliases(corpus.docs));
  process.stdout.write(summary(docs, figures));
  process.stdout.write(`${details(docs, traps, args.includes("--details"))}\n`);
  if (args.includes("--details") && ablation.examples.length > 0) {
    process.stdout.write(`written from another row once their own rows were taken out (${ablation.examples.length})\n`);
    for (const e of ablation.examples) process.stdout.write(`  ${e.doc} ¶${e.paragraph}:${e.start} “${e.text}” wrote ${e.wrote} (${e.row})\n`);
  }
  const perDocument = docs.map(({ score: s }) => ({
    id: s.id,
    scan: { found: s.scan.found, marked: s.scan.found + s.scan.missed.length, extra: s.scan.extra.length },
    fill: s.fill ? { cases: s.fill.cases, correct: s.fill.correct, wrong: s.fill.wrong.length, left: s.fill.left.length, blanks: s.fill.blanks, blanksKept: s.fill.blanksKept } : null,
    audit: { defects: s.audit.defects, defectsFound: s.audit.defectsFound, clean: s.audit.clean, cleanFlagged: s.audit.falseAlarms.length },
  }));
  const dir = join(__dirname, "..", "eval");
  writeFileSync(join(root ?? dir, "latest.json"), `${JSON.stringify({ date: new Date().toISOString(), totals: figures, documents: perDocument }, null, 2)}\n`);
  if (args.includes("--set-thresholds")) {
    if (corpus.errors.length > 0) return 1;
    writeFileSync(join(dir, "thresholds.json"), `${JSON.stringify(thresholdsAt(figures), null, 2)}\n`);
    process.stdout.write("eval/thresholds.json set to these figures\n");
  }
  const thresholds = JSON.parse(readFileSync(join(dir, "thresholds.json"), "utf8")) as Thresholds;
  const worse = regressions(figures, thresholds);
  for (const w of worse) process.stderr.write(`regression: ${w}\n`);
  return corpus.errors.length > 0 || worse.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(2);
  },
);
