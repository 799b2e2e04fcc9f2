import type { FillTarget } from "../core/host";
import { blocksFor } from "../core/sections/insertion";
import { bundledSections } from "../core/sections/library";
import { PartialFillError } from "./fill";
import { installSim } from "./testing";

// A failed batch keeps the commands that ran before the failure
// (learn.microsoft.com/javascript/api/office/officeextension.error): the adapter restores the tracking mode in a
// sync of its own, reports which values were already written, and removes an interrupted insert's temporary marks.
const target = (paragraph: number, value: string): FillTarget => ({
  part: { kind: "body" },
  paragraph,
  start: 2,
  end: 3,
  text: "X",
  clause: { start: 0, end: 4, text: "新增X万" },
  value,
});

describe("a fill that fails part-way", () => {
  it("reports the values already written, restores the user's tracking mode, and takes one extra sync only then", async () => {
    const { sim, host } = installSim({ blocks: ["新增X万", "新增X万", "新增X万"] });
    await host.read();
    sim.resetStats();
    await host.fill([target(0, "1")], { linked: false, trackChanges: true });
    expect(sim.syncCount()).toBe(4);
    sim.injectFault("insertText", 1);
    sim.resetStats();
    const error = await host.fill([target(1, "2"), target(2, "3")], { linked: false, trackChanges: true }).catch((e: unknown) => e);
    expect(sim.syncCount()).toBe(5);
    expect(error).toBeInstanceOf(PartialFillError);
    const report = (error as PartialFillError).report;
    expect(report.applied.map((t) => t.paragraph)).toEqual([1]);
    expect((error as Error).message).toContain("中断前已填入 1 处");
    // Tracked: the replaced X stays in paragraph.text as a deleted run; the current text has the values.
    expect(sim.doc.body.paragraphs().map((p) => p.reviewedText(0, p.text.length, "Current"))).toEqual(["新增1万", "新增2万", "新增X万"]);
    expect(sim.doc.changeTrackingMode).toBe("Off");
  });

  it("restores the tracking mode after a failed refresh of linked values", async () => {
    const { sim, host } = installSim({ blocks: ["新增X万"] });
    await host.read();
    await host.fill([{ ...target(0, "1"), tag: "draftkit:1:n:城镇新增就业:万:0:X" }], { linked: true, trackChanges: false });
    const [linked] = await host.linkedValues();
    sim.doc.changeTrackingMode = "TrackMineOnly";
    sim.injectFault("insertText");
    await expect(host.updateLinked([{ id: linked!.id, text: "2" }], { trackChanges: true })).rejects.toMatchObject({ code: "GeneralException" });
    expect(sim.doc.changeTrackingMode).toBe("TrackMineOnly");
  });
});

describe("a section insert that fails part-way", () => {
  it("removes its temporary heading marks and says the numbering was not updated", async () => {
    const { sim, host } = installSim({ blocks: ["一、甲", "正文"] });
    const p = sim.doc.body.paragraphs()[1]!;
    sim.doc.selection = { start: p.anchor(0, "start"), end: p.anchor(0, "end") };
    sim.injectFault("insertText", 1); // the renumbering sync fails after its first number
    const section = bundledSections.find((s) => s.id === "integrity")!;
    const error = await host.insertSections(blocksFor([section], { level: "县", year: 2026 }, []), { format: "gongwen", fonts: "gb2312" }).catch((e: unknown) => e);
    expect((error as Error).message).toContain("插入未完成");
    const texts = sim.doc.body.paragraphs().map((q) => q.text);
    expect(texts.length).toBeGreaterThan(5);
    expect(texts[2]).toMatch(/^二、/);
    expect(texts.join("")).not.toContain("[[DK");
  });
});
