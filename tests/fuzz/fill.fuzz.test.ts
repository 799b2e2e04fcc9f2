import fc from "fast-check";
import { snapshotFromLines } from "../../src/core/document/snapshot";
import { applyToLines } from "../../src/core/fill/applyText";
import { planFills } from "../../src/core/fill/plan";
import { LOWER_UNITS } from "../../src/core/placeholders/lexicon";
import { scanSnapshot } from "../../src/core/placeholders/scan";
import { bundledTable } from "../../src/core/table/bundled";
import { draftLines, runs } from "./draftText";

/** Plans a fill of `lines`, applies what claims "fill", and checks that no placeholder is left where a value went. */
function checkFill(lines: string[], docYear: number): void {
  const snapshot = snapshotFromLines(lines);
  const { placeholders } = scanSnapshot(snapshot);
  const proposals = planFills(snapshot, placeholders, bundledTable, { docYear });
  expect(proposals).toHaveLength(placeholders.length);
  const fills = proposals.filter((p) => p.status === "fill");
  for (const p of fills) expect(typeof p.value).toBe("string");
  // A place below the county (某某乡, X镇, 某某社区) is never given the name of a region the table speaks for.
  const regions = bundledTable.rows.map((r) => r.region).filter((r) => r.length > 0);
  for (const p of fills.filter((q) => LOWER_UNITS.includes(q.placeholder.title))) {
    expect(regions.filter((r) => r.startsWith(p.value as string))).toEqual([]);
  }
  const filled = applyToLines(lines, proposals);
  const after = scanSnapshot(snapshotFromLines(filled)).placeholders;
  // Where each value now stands: its old start shifted by the length change of the fills before it in its line.
  for (const p of fills) {
    const shift = fills
      .filter((q) => q.placeholder.paragraph === p.placeholder.paragraph && q.placeholder.start < p.placeholder.start)
      .reduce((n, q) => n + (q.value as string).length - q.placeholder.text.length, 0);
    const start = p.placeholder.start + shift;
    const end = start + (p.value as string).length;
    const line = filled[p.placeholder.paragraph] ?? "";
    expect(line.slice(start, end)).toBe(p.value);
    const left = after.filter((h) => h.paragraph === p.placeholder.paragraph && h.start < end && start < h.end);
    expect(left.map((h) => h.text)).toEqual([]);
  }
}

describe("fill (fuzz)", () => {
  it("never throws, and leaves no placeholder where it claims to have filled", () => {
    fc.assert(fc.property(draftLines, fc.integer({ min: 2015, max: 2030 }), (lines, year) => checkFill(lines, year)), { numRuns: runs });
  });

  it("keeps its shrunk counter-examples as regression cases", () => {
    for (const lines of [["城镇新增就业X万人"], ["X局长"], ["全市城镇新增就业X万，失业率X%"], ["X市"], ["某某乡"], ["溪山县", "某某镇、X乡、某某社区"]]) checkFill(lines, 2020);
  });
});
