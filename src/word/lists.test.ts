import { blocksFor } from "../core/sections/insertion";
import { bundledSections } from "../core/sections/library";
import { installSim } from "./testing";

// Automatic list numbers are outside paragraph.text (ListItem.listString, WordApi 1.3:
// learn.microsoft.com/javascript/api/word/word.listitem); a paragraph inserted after a list item continues the list.
const h1 = (text: string) => ({ text, list: { numId: 1, level: 0 } });
const gongwen = { format: "gongwen", fonts: "gb2312" } as const;

describe("auto-numbered headings", () => {
  it("are read with their list number in the snapshot, in two syncs", async () => {
    const { sim, host } = installSim({ blocks: [h1("总体要求"), "正文", h1("重点任务")] });
    const snap = await host.read();
    expect(sim.syncCount()).toBe(2);
    expect(snap.paragraphs.map((p) => [p.listString, p.text])).toEqual([
      ["一、", "总体要求"],
      [undefined, "正文"],
      ["二、", "重点任务"],
    ]);
  });

  it("take an inserted section's heading into their list, so Word's numbers stay one sequence", async () => {
    const { sim, host } = installSim({ blocks: [h1("总体要求"), "正文", h1("重点任务"), "正文二"] });
    const p = sim.doc.body.paragraphs()[1]!;
    sim.doc.selection = { start: p.anchor(0, "start"), end: p.anchor(0, "end") };
    const section = bundledSections.find((s) => s.id === "integrity")!;
    sim.resetStats();
    await host.insertSections(blocksFor([section], { level: "县", year: 2026 }, []), gongwen);
    expect(sim.syncCount()).toBe(3);
    const snap = await host.read();
    const headings = snap.paragraphs.filter((q) => q.listString).map((q) => q.listString + q.text.slice(0, 4));
    expect(headings).toEqual(["一、总体要求", "二、在崇廉尚", "三、重点任务"]);
    expect(snap.paragraphs.map((q) => q.text).join("")).not.toMatch(/\[\[DK|^二、/);
    const body = sim.doc.body.paragraphs().filter((q) => q.format.styleBuiltIn === "Normal" && q.text.length > 20);
    expect(body.every((q) => q.list === undefined)).toBe(true);
  });
});

describe("the numbering audit with automatic numbers", () => {
  it("counts a list's 一、 before typed 二、 三、 (no gap reported), and reports a typed number repeating an automatic one", async () => {
    const { runAudit } = await import("../core/audit/run");
    const ok = installSim({ blocks: [h1("总体要求"), "二、手写的标题", "三、又一个标题"] });
    expect(runAudit(await ok.host.read(), {}).findings.filter((f) => f.rule === "numbering")).toEqual([]);
    const bad = installSim({ blocks: [h1("总体要求"), "一、手写的标题"] });
    expect(runAudit(await bad.host.read(), {}).findings.filter((f) => f.rule === "numbering")).toHaveLength(1);
  });
});
