import { best } from "./timing";
import { snapshotFromLines } from "../src/core/document/snapshot";
import { scanSnapshot } from "../src/core/placeholders/scan";
import { CHARS_PER_PAGE, generateDraft } from "./draft";

/**
 * Core scan throughput on a ~300-page draft, against one bare regular-expression pass over the same text measured in
 * the same run (the cheapest conceivable "find the X" loop). Prints JSON.
 */

export function benchScan(pages = 300) {
  const draft = generateDraft(pages);
  const snapshot = snapshotFromLines(draft.paragraphs);
  const chars = draft.paragraphs.reduce((n, p) => n + p.length, 0);
  let found = 0;
  const scanMs = best(5, () => (found = scanSnapshot(snapshot).placeholders.length));
  let regexHits = 0;
  const bare = /[XxＸ×╳]+/g;
  const regexMs = best(5, () => {
    regexHits = 0;
    for (const p of draft.paragraphs) regexHits += p.match(bare)?.length ?? 0;
  });
  return {
    pages: Math.round(chars / CHARS_PER_PAGE),
    paragraphs: draft.paragraphs.length,
    chars,
    placeholders: found,
    regexHits,
    scanMs: Number(scanMs.toFixed(1)),
    regexMs: Number(regexMs.toFixed(2)),
    scanCharsPerSecond: Math.round(chars / (scanMs / 1000)),
    ratioToBareRegex: Number((scanMs / regexMs).toFixed(1)),
  };
}

if (require.main === module) console.log(JSON.stringify(benchScan(Number(process.argv[2] ?? 300)), null, 2));
