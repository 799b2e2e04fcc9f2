import type { FillTarget } from "../core/host";
import { scanSnapshot } from "../core/placeholders/scan";
import { installSim } from "./testing";

// A paragraph or cell holding only the placeholder is a whole-paragraph target. Word's getRange("Whole") of a
// paragraph holds the paragraph mark (learn.microsoft.com/javascript/api/word/word.rangelocation), so the adapter
// writes through the "Content" range: the next paragraph or cell is never merged into the value.
describe("whole-paragraph targets keep their paragraph mark", () => {
  it("fills a cell holding only X and a paragraph holding only X, in three syncs, touching nothing else", async () => {
    const { sim, host } = installSim({ blocks: ["城镇新增就业（万人）：", "X", "下一段", { table: [["城镇新增就业", "X"], ["备注", "无"]] }] });
    const { placeholders } = scanSnapshot(await host.read());
    const whole = placeholders.filter((p) => p.text === "X" && p.start === 0);
    expect(whole).toHaveLength(2);
    const targets: FillTarget[] = whole.map((p) => ({ ...p, clause: { start: 0, end: 1, text: "X" }, value: "2.35" }));
    sim.resetStats();
    const report = await host.fill(targets, { linked: false, trackChanges: false });
    expect(sim.syncCount()).toBe(3);
    expect(report.applied).toHaveLength(2);
    expect(sim.doc.body.paragraphs().slice(0, 3).map((p) => p.text)).toEqual(["城镇新增就业（万人）：", "2.35", "下一段"]);
    expect(sim.doc.body.tables()[0]?.values).toEqual([["城镇新增就业", "2.35"], ["备注", "无"]]);
  });
});
