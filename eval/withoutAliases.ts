import { snapshotFromLines } from "../src/core/document/snapshot";
import { planFills } from "../src/core/fill/plan";
import { scanSnapshot } from "../src/core/placeholders/scan";
import type { IndicatorTable } from "../src/core/table/schema";
import type { CorpusDoc } from "./corpus";
import { scoreProposals } from "./engines";
import { ratio, zeroRatio } from "./figures";
import { fillOptions } from "./score";

/**
 * The fill scored again with every alias taken out of every table: a user's own table seldom carries the draft's
 * words as aliases, and the corpus tables were written by the people tuning the matcher. What is still written right
 * comes from the row names alone; anything written wrong counts as a wrong fill like any other. In-process.
 */

export interface WithoutAliases {
  cases: number;
  correct: number;
  wrong: number;
  correctRate: number;
  wrongRate: number;
}

export function scoreWithoutAliases(docs: readonly { doc: CorpusDoc; table: IndicatorTable | undefined }[]): WithoutAliases {
  let cases = 0;
  let correct = 0;
  let wrong = 0;
  for (const { doc, table } of docs) {
    if (!table) continue;
    const bare = { ...table, rows: table.rows.map((r) => ({ ...r, aliases: [] })) };
    const snapshot = snapshotFromLines(doc.lines);
    const fill = scoreProposals(doc, planFills(snapshot, scanSnapshot(snapshot).placeholders, bare, fillOptions(doc)));
    cases += fill.cases;
    correct += fill.correct;
    wrong += fill.wrong.length;
  }
  return { cases, correct, wrong, correctRate: ratio(correct, cases), wrongRate: zeroRatio(wrong, correct + wrong) };
}
