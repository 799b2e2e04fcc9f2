import type { CommentTarget, FillTarget } from "../core/host";
import { scanSnapshot } from "../core/placeholders/scan";
import { installSim } from "./testing";

// Text deleted under track changes stays in paragraph.text and in search hits (office-js issues 1267, 5874); the
// snapshot's offsets are in getReviewedText("Current") (WordApi 1.4). The adapter finds targets in such a paragraph
// by each hit's own current text and the current text before it, in the same number of syncs.
const at = (text: string, start: number, needle = "X") => ({ part: { kind: "body" as const }, paragraph: 0, start, end: start + needle.length, text: needle });
const fillAt = (text: string, start: number, value: string): FillTarget => ({ ...at(text, start), clause: { start: 0, end: text.length, text }, value });
const commentAt = (text: string, start: number): CommentTarget => ({ ...at(text, start), message: "此处尚未填写" });

describe("locating targets in a paragraph with tracked deletions", () => {
  it("comments and then fills the later X after a fill under 修订模式, on the right X, in four syncs each", async () => {
    const { sim, host } = installSim({ blocks: ["新增X万，培训X人"] });
    await host.read();
    await host.fill([fillAt("新增X万，培训X人", 2, "2.35")], { linked: false, trackChanges: true });
    const text = (await host.read()).paragraphs[0]?.text ?? "";
    expect(text).toBe("新增2.35万，培训X人");
    const x = text.indexOf("X");
    sim.resetStats();
    const commented = await host.comment([commentAt(text, x)]);
    expect(sim.syncCount()).toBe(4);
    expect(commented).toMatchObject({ inserted: 1, skipped: [] });
    // the raw text is 新增X2.35万，培训X人: the comment sits on the live X at 11, not the deleted one at 2
    expect(sim.doc.body.paragraphs()[0]?.text).toBe("新增X2.35万，培训X人");
    expect(sim.doc.comments.map((c) => c.span.start.offset)).toEqual([11]);
    sim.resetStats();
    const filled = await host.fill([fillAt(text, x, "5")], { linked: false, trackChanges: true });
    expect(sim.syncCount()).toBe(4);
    expect(filled.skipped).toEqual([]);
    expect(sim.doc.body.paragraphs()[0]?.reviewedText(0, 99, "Current")).toBe("新增2.35万，培训5人");
    expect(scanSnapshot(await host.read()).placeholders).toEqual([]);
  });

  it("selects the later X after a fill under 修订模式 (the fast path falls back to locating by current text)", async () => {
    const { sim, host } = installSim({ blocks: ["前言", "新增X万，培训X人"] });
    const first = await host.read();
    const before = first.paragraphs[1]?.text ?? "";
    await host.fill([{ ...fillAt(before, 2, "2.35"), paragraph: 1 }], { linked: false, trackChanges: true });
    const text = (await host.read()).paragraphs[1]?.text ?? "";
    sim.resetStats();
    expect(await host.select({ ...at(text, text.indexOf("X")), paragraph: 1 })).toEqual({ ok: true });
    // the three-sync fast path fails after two syncs; locate (three) and the selection (one) follow
    expect(sim.syncCount()).toBe(6);
    expect([sim.doc.selection?.start.offset, sim.doc.selection?.end.offset]).toEqual([11, 12]);
    expect(await host.select({ ...at(text, 0, "新增"), paragraph: 1 })).toEqual({ ok: true });
    expect([sim.doc.selection?.start.offset, sim.doc.selection?.end.offset]).toEqual([0, 2]);
  });

  it("never chooses a deleted X, even one with the same text before it as the live X", async () => {
    const { sim, host } = installSim({ blocks: ["新增XX万"] });
    // raw 新增XX万 with the first X deleted: both hits have 新增 before them in the current text
    sim.doc.body.paragraphs()[0]?.markDeleted(2, 3, "审阅人");
    const text = (await host.read()).paragraphs[0]?.text ?? "";
    expect(text).toBe("新增X万");
    expect((await host.comment([commentAt(text, 2)])).inserted).toBe(1);
    expect(sim.doc.comments.map((c) => c.span.start.offset)).toEqual([3]);
    const report = await host.fill([fillAt(text, 2, "7")], { linked: false, trackChanges: false });
    expect(report.applied).toHaveLength(1);
    expect(sim.doc.body.paragraphs()[0]?.text).toBe("新增X7万");
    expect(sim.doc.body.paragraphs()[0]?.reviewedText(0, 99, "Current")).toBe("新增7万");
  });

  it("fills several X of one tracked paragraph in one call, each in place", async () => {
    const { sim, host } = installSim({ blocks: ["新增X万，培训X人，X%"] });
    await host.read();
    await host.fill([fillAt("新增X万，培训X人，X%", 2, "2.35")], { linked: false, trackChanges: true });
    const text = (await host.read()).paragraphs[0]?.text ?? "";
    sim.resetStats();
    const report = await host.fill([fillAt(text, 10, "5"), fillAt(text, 13, "3.2")], { linked: false, trackChanges: true });
    expect(sim.syncCount()).toBe(4);
    expect(report.skipped).toEqual([]);
    expect(sim.doc.body.paragraphs()[0]?.reviewedText(0, 99, "Current")).toBe("新增2.35万，培训5人，3.2%");
  });

  it("says on a WordApi 1.3 host that the paragraph may hold unaccepted revisions, changing nothing", async () => {
    const { sim, host } = installSim({ blocks: ["新增X万，培训X人"] }, { wordApiMinor: 3 });
    const text = (await host.read()).paragraphs[0]?.text ?? "";
    // the user replaces the first X under Word's own track changes after the scan
    const p = sim.doc.body.paragraphs()[0];
    p?.insertText(3, "2.35", "审阅人");
    p?.markDeleted(2, 3, "审阅人");
    const report = await host.fill([fillAt(text, 7, "5")], { linked: false, trackChanges: false });
    expect(report.applied).toEqual([]);
    expect(report.skipped.map((s) => s.code)).toEqual(["target_changed"]);
    expect(report.skipped[0]?.message).toContain("含未接受的修订");
    expect(report.skipped[0]?.message).toContain("接受或拒绝修订");
    expect(p?.text).toBe("新增X2.35万，培训X人");
  });
});

describe("refreshing linked values after a tracked refresh", () => {
  it("reads each linked value without its tracked deletions, so 刷新数据 sees only the new value", async () => {
    const { host } = installSim({ blocks: ["新增X万"] });
    await host.read();
    await host.fill([{ ...fillAt("新增X万", 2, "2.35"), tag: "draftkit:1:t" }], { linked: true, trackChanges: true });
    const [linked] = await host.linkedValues();
    expect(linked?.text).toBe("2.35");
    expect(await host.updateLinked([{ id: linked!.id, text: "3" }], { trackChanges: true })).toBe(1);
    expect((await host.linkedValues()).map((l) => l.text)).toEqual(["3"]);
  });
});
