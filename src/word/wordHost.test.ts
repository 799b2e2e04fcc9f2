import { createSimHost } from "../simword/host";
import { installSim } from "./testing";
import { createWordHost } from "./wordHost";

const setup = (blocks: Parameters<typeof installSim>[0]) => installSim(blocks);

describe("Word adapter on the simulated host", () => {
  it("reads body, tables, headers and footers in two syncs whatever the size", async () => {
    for (const n of [10, 2000]) {
      const blocks = Array.from({ length: n }, (_, i) => `第${i}段X万`);
      const { sim, host } = setup({ blocks: [...blocks, { table: [["X%", "Y"]] }], header: ["仅供学习"], footer: ["页脚X"] });
      const snap = await host.read();
      expect(sim.syncCount()).toBe(2);
      expect(snap.paragraphs).toHaveLength(n + 2 + 2);
      expect(snap.paragraphs.filter((p) => p.inTable).map((p) => p.text)).toEqual(["X%", "Y"]);
      expect(snap.paragraphs.filter((p) => p.part.kind !== "body").map((p) => p.text)).toEqual(["仅供学习", "页脚X"]);
    }
  });

  it("selects the right one of several equal texts in a paragraph, in three syncs", async () => {
    const { sim, host } = setup({ blocks: ["甲X万", "乙X万，丙XX万"] });
    await host.read();
    sim.resetStats();
    const outcome = await host.select({ part: { kind: "body" }, paragraph: 1, start: 6, end: 8, text: "X万" });
    expect(outcome).toEqual({ ok: true });
    expect(sim.syncCount()).toBe(3);
    const sel = sim.doc.selection;
    expect([sel?.start.para.text, sel?.start.offset, sel?.end.offset]).toEqual(["乙X万，丙XX万", 6, 8]);
  });

  it("selects text in a footer", async () => {
    const { sim, host } = setup({ blocks: ["正文"], footer: ["第X页"] });
    await host.read();
    expect(await host.select({ part: { kind: "footer", section: 0, type: "Primary" }, paragraph: 0, start: 1, end: 2, text: "X" })).toEqual({ ok: true });
    expect(sim.doc.selectionText()).toBe("X");
  });

  it("refuses to select when the document changed since it was read", async () => {
    const { sim, host } = setup({ blocks: ["新增X万"] });
    await host.read();
    const p = sim.doc.body.paragraphs()[0];
    if (p) p.text = "新增2万";
    const outcome = await host.select({ part: { kind: "body" }, paragraph: 0, start: 2, end: 3, text: "X" });
    expect(outcome).toMatchObject({ ok: false, code: "target_changed" });
    expect(sim.doc.selection).toBeUndefined();
  });

  it("reports capabilities from the requirement sets", () => {
    const sim = createSimHost({ wordApiMinor: 3 });
    sim.install(globalThis as unknown as Record<string, unknown>);
    expect(createWordHost().capabilities()).toMatchObject({ comments: false, trackChanges: false });
  });
});
