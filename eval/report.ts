import { table } from "../src/cli/table";
import type { CorpusDoc } from "./corpus";
import type { Figures } from "./figures";
import type { DocScore, FillProblem, Span, TrapScore } from "./score";

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

/** One row per document, then the totals. */
export function summary(docs: readonly { doc: CorpusDoc; score: DocScore }[], f: Figures): string {
  const rows = docs.map(({ doc, score: s }) => [
    doc.id,
    doc.kind,
    `${s.scan.found}/${s.scan.found + s.scan.missed.length}`,
    String(s.scan.extra.length),
    s.fill ? `${s.fill.correct}/${s.fill.cases}` : "",
    s.fill ? String(s.fill.wrong.length) : "",
    s.fill ? String(s.fill.left.length) : "",
    s.fill ? `${s.fill.blanksKept}/${s.fill.blanks}` : "",
    `${s.audit.defectsFound}/${s.audit.defects}`,
    `${s.audit.falseAlarms.length}/${s.audit.clean}`,
  ]);
  rows.push([
    "total",
    `${f.documents} docs`,
    `${f.scan.found}/${f.scan.marked}`,
    String(f.scan.extra),
    `${f.fill.correct}/${f.fill.cases}`,
    String(f.fill.wrong),
    String(f.fill.left),
    `${f.fill.blanksKept}/${f.fill.blanks}`,
    `${f.audit.defectsFound}/${f.audit.defects}`,
    `${f.audit.cleanFlagged}/${f.audit.clean}`,
  ]);
  const head = ["document", "kind", "scan found", "extra", "fill ok", "wrong", "left", "blank kept", "defects found", "clean flagged"];
  return [
    table(head, rows),
    `scan     precision ${pct(f.scan.precision)}  recall ${pct(f.scan.recall)}  (extra spans ${f.scan.extra}, trap hits ${f.scan.trapHits})`,
    `traps    ${f.traps.passed}/${f.traps.total} scan empty (${pct(f.traps.passRate)})`,
    `fill     ${f.fill.correct}/${f.fill.cases} cases filled correctly (${pct(f.fill.correctRate)}), ${f.fill.wrong} WRONG (${pct(f.fill.wrongRate)} of written values), ${f.fill.left} left blank; ${f.fill.blanksKept}/${f.fill.blanks} must-stay-blank kept blank`,
    `audit    ${f.audit.defectsFound}/${f.audit.defects} defect lines flagged (${pct(f.audit.defectRecall)}), ${f.audit.cleanFlagged}/${f.audit.clean} clean lines flagged (${pct(f.audit.cleanFlagRate)})`,
    ...(f.ablation ? [`ablation ${f.ablation.written}/${f.ablation.cases} fill cases still written once the rows holding their value are taken out (${pct(f.ablation.writtenRate)}: each from another row)`] : []),
    ...(f.bare ? [`aliases  ${f.bare.correct}/${f.bare.cases} fill cases filled correctly with every alias taken out of the tables (${pct(f.bare.correctRate)}), ${f.bare.wrong} WRONG`] : []),
    "",
  ].join("\n");
}

const at = (id: string, s: Span) => `${id} ¶${s.paragraph}:${s.start} “${s.text}”`;
const fillLine = (id: string, p: FillProblem) => `${at(id, p)} expected ${p.expected ?? "(blank)"}, wrote ${p.written ?? "(nothing)"} — ${p.reason}`;

/** How often each reason (its text up to the first bracket, colon or full stop, quoted names elided) left a case blank. */
function reasonCounts(left: readonly FillProblem[]): string[] {
  const counts = new Map<string, number>();
  for (const p of left) {
    const head = p.reason.replace(/“[^”]*”/g, "“…”").split(/[（。：]/)[0] ?? p.reason;
    counts.set(head, (counts.get(head) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${String(n).padStart(4)}  ${reason}`);
}

/** Wrong fills always (they are the failures that reach print); misses, extras and alarms with --details. */
export function details(docs: readonly { doc: CorpusDoc; score: DocScore }[], traps: TrapScore, all: boolean): string {
  const out: string[] = [];
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) out.push(`\n${title} (${lines.length})`, ...lines.map((l) => `  ${l}`));
  };
  section("WRONG fills", docs.flatMap(({ doc, score }) => (score.fill?.wrong ?? []).map((p) => fillLine(doc.id, p))));
  if (!all) return out.join("\n");
  section("why fills were left blank", reasonCounts(docs.flatMap(({ score }) => score.fill?.left ?? [])));
  section("fills left blank", docs.flatMap(({ doc, score }) => (score.fill?.left ?? []).map((p) => fillLine(doc.id, p))));
  section("scan misses", docs.flatMap(({ doc, score }) => score.scan.missed.map((s) => at(doc.id, s))));
  section("scan extras", docs.flatMap(({ doc, score }) => score.scan.extra.map((s) => at(doc.id, s))));
  section("trap hits", traps.failures.map((t) => `traps.txt:${t.line} ${t.hits.map((h) => `“${h}”`).join(" ")} in ${t.text}`));
  section("audit misses", docs.flatMap(({ doc, score }) => score.audit.missed.map((i) => `${doc.id} ¶${i} ${(doc.lines[i] ?? "").slice(0, 40)}`)));
  section("audit false alarms", docs.flatMap(({ doc, score }) => score.audit.falseAlarms.map((i) => `${doc.id} ¶${i} ${(doc.lines[i] ?? "").slice(0, 40)}`)));
  return out.join("\n");
}
