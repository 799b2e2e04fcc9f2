import type { FillTarget } from "../core/host";
import { installSim } from "./testing";

// Word's search may count hits differently from the snapshot (half/full width taken as equal —
// learn.microsoft.com/office/vba/api/word.find.matchbyte —, hidden field codes, footnote references, text boxes).
// The adapter picks hits by exact text and verifies each by position: the text before the hit in its paragraph must
// be the snapshot's. A hit Word places elsewhere is reported as 文档已改动, never edited.
const fillTarget = (text: string, start: number, needle: string, value: string): FillTarget => ({
  part: { kind: "body" },
  paragraph: 0,
  start,
  end: start + needle.length,
  text: needle,
  clause: { start: 0, end: text.length, text },
  value,
});

describe("position-verified edits", () => {
  it("fills X and Ｘ mixed in one paragraph, each in place, in four syncs", async () => {
    const text = "新增X万，培训Ｘ万人次，X%";
    const { sim, host } = installSim({ blocks: [text] });
    await host.read();
    sim.resetStats();
    const report = await host.fill([fillTarget(text, 7, "Ｘ", "3.46"), fillTarget(text, 12, "X", "3.2")], { linked: false, trackChanges: false });
    expect(sim.syncCount()).toBe(4);
    expect(report.skipped).toEqual([]);
    expect(sim.doc.body.paragraphs()[0]?.text).toBe("新增X万，培训3.46万人次，3.2%");
  });

  it("selects the full-width Ｘ and then the last X of a mixed paragraph", async () => {
    const { sim, host } = installSim({ blocks: ["新增X万，培训Ｘ万人次，X%"] });
    await host.read();
    expect(await host.select({ part: { kind: "body" }, paragraph: 0, start: 7, end: 8, text: "Ｘ" })).toEqual({ ok: true });
    expect(sim.doc.selection?.start.offset).toBe(7);
    expect(await host.select({ part: { kind: "body" }, paragraph: 0, start: 12, end: 13, text: "X" })).toEqual({ ok: true });
    expect(sim.doc.selection?.start.offset).toBe(12);
  });

  it("reports 文档已改动 instead of editing a neighbour when Word's hits do not line up with the snapshot", async () => {
    const text = "ＸXX，XX";
    const { sim, host } = installSim({ blocks: [text] });
    await host.read();
    const report = await host.fill([fillTarget(text, 1, "XX", "12"), fillTarget(text, 4, "XX", "34")], { linked: false, trackChanges: false });
    expect(report.applied).toEqual([]);
    expect(report.skipped.map((s) => [s.target.start, s.code]).sort()).toEqual([
      [1, "target_changed"],
      [4, "target_changed"],
    ]);
    expect(report.skipped.every((s) => s.message.startsWith("文档已改动"))).toBe(true);
    expect(sim.doc.body.paragraphs()[0]?.text).toBe(text);
    expect(await host.select({ part: { kind: "body" }, paragraph: 0, start: 1, end: 3, text: "XX" })).toMatchObject({ ok: false, code: "target_changed" });
    expect(sim.doc.selection).toBeUndefined();
  });
});
