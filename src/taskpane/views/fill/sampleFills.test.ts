import { sampleData } from "../../../core/audit/rules/sampleData";
import { check } from "../../../core/audit/testing";
import { snapshotFromLines } from "../../../core/document/snapshot";
import { applyToLines } from "../../../core/fill/applyText";
import { fillContext, proposeFill } from "../../../core/fill/plan";
import { targetsFor } from "../../../core/fill/targets";
import { scanSnapshot } from "../../../core/placeholders/scan";
import { bundledTable } from "../../../core/table/bundled";
import { mergeSampleFills, recordSampleFills } from "./sampleFills";

const lines = ["去年全市城镇新增就业X万人，城镇登记失业率控制在X%以内。", "今年1-5月全市城镇新增就业X人。"];

function fillAll(text: string[]) {
  const snapshot = snapshotFromLines(text);
  const ctx = fillContext(snapshot, bundledTable, { docYear: 2020 });
  const chosen = scanSnapshot(snapshot)
    .placeholders.map((p) => proposeFill(p, ctx))
    .filter((p) => p.status === "fill" && p.value)
    .map((proposal) => ({ proposal, value: proposal.value as string }));
  return { chosen, targets: targetsFor(chosen) };
}

describe("recording what a fill wrote from the sample table", () => {
  it("records every value at its place after earlier fills in the paragraph, which the audit rule finds again", () => {
    const { chosen, targets } = fillAll(lines);
    expect(chosen.length).toBeGreaterThanOrEqual(2);
    const filled = applyToLines(lines, chosen.map((c) => c.proposal));
    const records = recordSampleFills(chosen, targets);
    expect(records.map((r) => r.value)).toEqual(chosen.map((c) => c.value));
    for (const r of records) expect(filled[r.paragraph]?.slice(r.start, r.start + r.value.length)).toBe(r.value);
    expect(check(sampleData, filled, { sampleFills: records })).toHaveLength(records.length);
  });

  it("leaves out a value the user typed over, and targets the host skipped", () => {
    const { chosen, targets } = fillAll(lines);
    const [first, ...rest] = chosen;
    if (!first) throw new Error("nothing to fill");
    const edited = [{ ...first, value: "9.99" }, ...rest];
    expect(recordSampleFills(edited, targets).map((r) => r.value)).not.toContain("9.99");
    expect(recordSampleFills(chosen, targets.slice(1))).toHaveLength(chosen.length - 1);
  });

  it("keeps the newer record where a place was filled again", () => {
    const a = { part: { kind: "body" as const }, paragraph: 0, start: 10, before: "就业", value: "2.35", row: "r" };
    expect(mergeSampleFills([a], [{ ...a, value: "3.00" }])).toEqual([{ ...a, value: "3.00" }]);
    expect(mergeSampleFills([a], [{ ...a, start: 20 }])).toHaveLength(2);
  });
});
