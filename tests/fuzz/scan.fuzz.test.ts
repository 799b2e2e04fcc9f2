import fc from "fast-check";
import { snapshotFromLines } from "../../src/core/document/snapshot";
import { scanSnapshot } from "../../src/core/placeholders/scan";
import { draftLines, runs } from "./draftText";

/** Checks one scan of `lines`: throws (with the reason) when a property fails. */
function checkScan(lines: string[]): void {
  const { placeholders, problems } = scanSnapshot(snapshotFromLines(lines));
  let prev: { paragraph: number; end: number } | undefined;
  for (const p of placeholders) {
    const line = lines[p.paragraph] ?? "";
    expect(p.start).toBeGreaterThanOrEqual(0);
    expect(p.end).toBeGreaterThan(p.start);
    expect(p.end).toBeLessThanOrEqual(line.length);
    expect(line.slice(p.start, p.end)).toBe(p.text);
    // In order, never overlapping.
    if (prev && prev.paragraph === p.paragraph) expect(p.start).toBeGreaterThanOrEqual(prev.end);
    prev = p;
    // The clause and the sentence hold the placeholder and are what the paragraph says there.
    for (const c of [p.clause, p.sentence]) {
      expect(c.start).toBeLessThanOrEqual(p.start);
      expect(c.end).toBeGreaterThanOrEqual(p.end);
      expect(line.slice(c.start, c.end)).toBe(c.text);
    }
  }
  for (const q of problems) expect(q.message).not.toBe("");
}

describe("scan (fuzz)", () => {
  it("never throws, and reports spans that are in order, inside their paragraph and inside their clause", () => {
    fc.assert(fc.property(draftLines, (lines) => checkScan(lines)), { numRuns: runs });
  });

  it("keeps its shrunk counter-examples as regression cases", () => {
    for (const lines of [[""], ["X"], ["X。"], ["。X"], ["X．"], ["某某某某"], ["___X"], ["X@XX.com"], ["3×X"]]) checkScan(lines);
  });
});
