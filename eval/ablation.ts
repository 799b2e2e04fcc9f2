import { snapshotFromLines } from "../src/core/document/snapshot";
import { planFills } from "../src/core/fill/plan";
import { scanSnapshot } from "../src/core/placeholders/scan";
import type { IndicatorTable, Row } from "../src/core/table/schema";
import type { CorpusDoc } from "./corpus";
import { isWritten } from "./engines";
import { fillOptions } from "./score";

/**
 * The ablation check: every fill case is planned again with the rows holding its expected value taken out of the
 * table (the value as written, or ×/÷ 10,000 for 万 conversions, either sign). Its own row gone, whatever the fill
 * still writes there came from another row — a figure the drafter would print wrongly had the table lacked the right
 * one. Run in-process (it is a property of the matcher, not of the command line's JSON).
 */

export interface Ablation {
  cases: number;
  written: number;
  writtenRate: number;
  examples: { doc: string; paragraph: number; start: number; text: string; wrote: string; row: string }[];
}

const holds = (row: Row, v: number): boolean => {
  if (typeof row.value !== "number") return false;
  const a = Math.abs(row.value);
  return [a, a * 10000, a / 10000].some((x) => Math.abs(x - v) <= 1e-9 * Math.max(1, v));
};

export function ablate(docs: readonly { doc: CorpusDoc; table: IndicatorTable | undefined }[]): Ablation {
  const out: Ablation = { cases: 0, written: 0, writtenRate: 0, examples: [] };
  for (const { doc, table } of docs) {
    if (!table) continue;
    const snapshot = snapshotFromLines(doc.lines);
    const placeholders = scanSnapshot(snapshot).placeholders;
    for (const m of doc.marks) {
      const v = m.expected === undefined ? Number.NaN : Number(m.expected);
      if (!Number.isFinite(v)) continue;
      out.cases += 1;
      const rows = table.rows.filter((r) => !holds(r, Math.abs(v)));
      const p = planFills(snapshot, placeholders, { ...table, rows }, fillOptions(doc)).find((x) => x.placeholder.paragraph === m.paragraph && x.placeholder.start === m.start);
      if (!p || !isWritten(p)) continue;
      out.written += 1;
      out.examples.push({ doc: doc.id, paragraph: m.paragraph, start: m.start, text: m.text, wrote: p.value ?? "", row: p.row?.name ?? "" });
    }
  }
  out.writtenRate = out.cases === 0 ? 0 : Math.ceil((out.written / out.cases) * 10000) / 10000;
  return out;
}
