import fc from "fast-check";
import data from "../../src/data/divisions.json";
import { type DivisionData, buildDivisionIndex } from "../../src/core/audit/divisions";
import { runAudit } from "../../src/core/audit/run";
import { snapshotFromLines } from "../../src/core/document/snapshot";
import { draftLines, runs } from "./draftText";

const divisions = buildDivisionIndex(data as DivisionData);

function checkAudit(lines: string[], docYear: number | undefined): void {
  const r = runAudit(snapshotFromLines(lines), { ...(docYear !== undefined ? { docYear } : {}), region: "溪山县", divisions });
  expect(r.errors + r.warnings + r.infos).toBe(r.findings.length);
  for (const f of r.findings) {
    const line = lines[f.paragraph] ?? "";
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(line.length);
    expect(line.slice(f.start, f.end)).toBe(f.text);
    expect(f.message).not.toBe("");
    expect(f.messageEn).not.toBe("");
  }
}

describe("audit (fuzz)", () => {
  it("never throws, and every finding points at its own text with a message in both languages", () => {
    fc.assert(
      fc.property(draftLines, fc.option(fc.integer({ min: 1990, max: 2035 }), { nil: undefined }), (lines, year) => checkAudit(lines, year)),
      { numRuns: runs },
    );
  });

  it("keeps its shrunk counter-examples as regression cases", () => {
    for (const lines of [[""], ["“"], ["“", ""], ["一、", "三、"], ["我讲三点意见"], ["以下两点", "一是", "一是"], ["力争2019年2019年"], ["  ", "“"]]) checkAudit(lines, 2026);
  });
});
