import type { FillTarget } from "../core/host";
import { scanSnapshot } from "../core/placeholders/scan";
import { installSim } from "./testing";

// Tracked deletions stay in paragraph.text (office-js issues 1267, 5874): after a fill under 修订模式 the adapter
// reads the current text (getReviewedText("Current"), WordApi 1.4) so no rescan shows the replaced X again.
const target = (text: string, start: number, value: string, part: FillTarget["part"] = { kind: "body" }): FillTarget => ({
  part,
  paragraph: 0,
  start,
  end: start + 1,
  text: "X",
  clause: { start: 0, end: text.length, text },
  value,
});

describe("rescanning after a fill under track changes", () => {
  it("reads the filled values, not the deleted X, in the same two syncs — body and footer", async () => {
    const { sim, host } = installSim({ blocks: ["新增X万"], footer: ["第X页"] });
    await host.read();
    await host.fill([target("新增X万", 2, "2.35"), target("第X页", 1, "1", { kind: "footer", section: 0, type: "Primary" })], { linked: false, trackChanges: true });
    expect(sim.doc.body.paragraphs()[0]?.text).toBe("新增X2.35万");
    sim.resetStats();
    const snap = await host.read();
    expect(sim.syncCount()).toBe(2);
    expect(snap.paragraphs.map((p) => p.text)).toEqual(["新增2.35万", "第1页"]);
    expect(scanSnapshot(snap).placeholders).toEqual([]);
  });

  it("fills the later X of a paragraph with pending deletions, in its current-text position", async () => {
    const { sim, host } = installSim({ blocks: ["新增X万，培训X人"] });
    await host.read();
    await host.fill([target("新增X万，培训X人", 2, "2.35")], { linked: false, trackChanges: true });
    const snap = await host.read();
    const [left] = scanSnapshot(snap).placeholders;
    expect(left?.start).toBe(10);
    const report = await host.fill([{ ...target(snap.paragraphs[0]!.text, 10, "5"), clause: { start: 0, end: snap.paragraphs[0]!.text.length, text: snap.paragraphs[0]!.text } }], { linked: false, trackChanges: true });
    expect(report.skipped).toEqual([]);
    expect(report.applied).toHaveLength(1);
    expect(sim.doc.body.paragraphs()[0]?.reviewedText(0, 99, "Current")).toBe("新增2.35万，培训5人");
  });
});
