import { generateDraft } from "../../bench/draft";
import { parseBindingTag, valueForBinding } from "../core/fill/binding";
import { planFills } from "../core/fill/plan";
import { targetsFor } from "../core/fill/targets";
import type { Proposal } from "../core/fill/types";
import type { DocumentHost } from "../core/host";
import { scanSnapshot } from "../core/placeholders/scan";
import { TableSchema } from "../core/table/schema";
import { buildDocument } from "../simword/build";
import { createSimHost } from "../simword/host";
import { SimParagraph } from "../simword/model/nodes";
import { createWordHost } from "./wordHost";

const table = TableSchema.parse({
  format: "draftkit-table",
  version: 1,
  rows: [
    { name: "城镇新增就业", aliases: ["新增就业"], value: 23456, unit: "人", period: "2025年" },
    { name: "失业率", value: 3.2, unit: "%", period: "2025年" },
    { name: "技能培训", value: 34567, unit: "人次", period: "2025年" },
  ],
});

function setup(spec: Parameters<typeof buildDocument>[0], wordApiMinor = 4) {
  const sim = createSimHost({ doc: buildDocument(spec), wordApiMinor });
  sim.install(globalThis as unknown as Record<string, unknown>);
  return { sim, host: createWordHost() };
}

async function plan(host: DocumentHost): Promise<Proposal[]> {
  const snap = await host.read();
  return planFills(snap, scanSnapshot(snap).placeholders, table, { docYear: 2026 });
}
const sure = (ps: Proposal[]) => ps.filter((p) => p.status === "fill").map((p) => ({ proposal: p, value: p.value as string }));
const texts = (sim: ReturnType<typeof setup>["sim"]) => sim.doc.body.paragraphs().map((p) => p.text);

describe("filling through the adapter", () => {
  it("applies any number of fills in four syncs", async () => {
    for (const pages of [1, 100]) {
      const draft = generateDraft(pages);
      const { sim, host } = setup({ blocks: [...draft.blocks, "去年城镇新增就业X万，失业率X%。"] });
      const chosen = sure(await plan(host));
      sim.resetStats();
      const report = await host.fill(targetsFor(chosen), { linked: true, trackChanges: false });
      expect(sim.syncCount()).toBe(4);
      expect(report.applied.length).toBe(chosen.length);
      expect(report.skipped).toEqual([]);
    }
  });

  it("writes the values in place, each exactly once", async () => {
    const { host, sim } = setup({ blocks: ["去年城镇新增就业X万，失业率X%，技能培训X万人次，又新增就业X万。"] });
    await host.fill(targetsFor(sure(await plan(host))), { linked: false, trackChanges: false });
    expect(texts(sim)).toEqual(["去年城镇新增就业2.35万，失业率3.2%，技能培训3.46万人次，又新增就业2.35万。"]);
  });

  it("skips and reports every target whose text changed since the scan, replacing nothing wrong", async () => {
    const { host, sim } = setup({ blocks: ["去年城镇新增就业X万。", "去年失业率X%。", "去年技能培训X万人次。", "去年新增就业X万。"] });
    const chosen = sure(await plan(host));
    const [p0, p1, p2, p3] = sim.doc.body.paragraphs();
    p0!.text = "前面加字去年城镇新增就业X万。"; // typed before the target
    p1!.text = "去年失业率XX%。"; // typed inside
    p2!.text = "去年技能培训X万人次。后面加字"; // typed after the clause: still safe
    p3!.removed = true;
    sim.doc.body.blocks.splice(sim.doc.body.blocks.indexOf(p3!), 1); // deleted
    const report = await host.fill(targetsFor(chosen), { linked: false, trackChanges: false });
    expect(report.applied.map((t) => t.paragraph)).toEqual([2]);
    expect(report.skipped.map((s) => [s.target.paragraph, s.code])).toEqual([
      [0, "target_changed"],
      [1, "target_changed"],
      [3, "target_missing"],
    ]);
    expect(texts(sim)).toEqual(["前面加字去年城镇新增就业X万。", "去年失业率XX%。", "去年技能培训3.46万人次。后面加字"]);
  });

  it("skips targets after a paragraph was inserted above them", async () => {
    const { host, sim } = setup({ blocks: ["去年城镇新增就业X万。", "去年失业率X%。"] });
    const chosen = sure(await plan(host));
    sim.doc.body.blocks.unshift(new SimParagraph("新插入的段落", sim.doc.body));
    const report = await host.fill(targetsFor(chosen), { linked: false, trackChanges: false });
    expect(report.applied).toEqual([]);
    expect(texts(sim)).toEqual(["新插入的段落", "去年城镇新增就业X万。", "去年失业率X%。"]);
  });

  it("changes nothing when the same fill is applied twice", async () => {
    const { host, sim } = setup({ blocks: ["去年城镇新增就业X万，失业率X%。"] });
    const targets = targetsFor(sure(await plan(host)));
    await host.fill(targets, { linked: false, trackChanges: false });
    const once = texts(sim);
    const again = await host.fill(targets, { linked: false, trackChanges: false });
    expect(texts(sim)).toEqual(once);
    expect(again.applied).toEqual([]);
    expect(again.skipped).toHaveLength(2);
  });

  it("fills inside tables and footers", async () => {
    const { host, sim } = setup({ blocks: ["正文", { table: [["去年城镇新增就业X万人"]] }], footer: ["去年失业率X%"] });
    const report = await host.fill(targetsFor(sure(await plan(host))), { linked: false, trackChanges: false });
    expect(report.applied).toHaveLength(2);
    expect(sim.doc.body.tables()[0]?.values).toEqual([["去年城镇新增就业2.35万人"]]);
    expect(sim.doc.sections[0]?.footers.Primary.paragraphs()[0]?.text).toBe("去年失业率3.2%");
  });

  it("keeps linked values in tagged content controls and refreshes them from a changed table", async () => {
    const { host, sim } = setup({ blocks: ["去年城镇新增就业X万。"] });
    await host.fill(targetsFor(sure(await plan(host))), { linked: true, trackChanges: false });
    const linked = await host.linkedValues();
    expect(linked.map((l) => l.text)).toEqual(["2.35"]);
    const changed = TableSchema.parse({ ...table, rows: table.rows.map((r) => (r.name === "城镇新增就业" ? { ...r, value: 30000 } : r)) });
    const b = parseBindingTag(linked[0]!.tag)!;
    const v = valueForBinding(b, changed, false);
    if (!v.ok) throw new Error(v.problem);
    sim.resetStats();
    expect(await host.updateLinked([{ id: linked[0]!.id, text: v.value }], { trackChanges: false })).toBe(1);
    expect(sim.syncCount()).toBe(2);
    expect(texts(sim)).toEqual(["去年城镇新增就业3万。"]);
  });

  it("records the fill as tracked changes when asked, and restores the tracking mode", async () => {
    const { host, sim } = setup({ blocks: ["去年城镇新增就业X万。"] });
    await host.fill(targetsFor(sure(await plan(host))), { linked: false, trackChanges: true });
    expect(sim.doc.revisions.map((r) => [r.type, r.text])).toEqual([["Deleted", "X"], ["Added", "2.35"]]);
    expect(sim.doc.changeTrackingMode).toBe("Off");
  });

  it("explains a read-only document in Chinese and changes nothing", async () => {
    const { host, sim } = setup({ blocks: ["去年城镇新增就业X万。"] });
    const targets = targetsFor(sure(await plan(host)));
    sim.doc.readOnly = true;
    await expect(host.fill(targets, { linked: true, trackChanges: false })).rejects.toMatchObject({ code: "AccessDenied", message: expect.stringContaining("只读") });
    expect(texts(sim)).toEqual(["去年城镇新增就业X万。"]);
    expect(sim.doc.liveContentControls()).toHaveLength(0);
  });
});
