import type { FillTarget } from "../core/host";
import { scanSnapshot } from "../core/placeholders/scan";
import { TableSchema } from "../core/table/schema";
import { installSim } from "./testing";

const longTag = "draftkit:1:n:%E5%9F%8E%E9%95%87%E6%96%B0%E5%A2%9E%E5%B0%B1%E4%B8%9A:%E4%B8%87:0:X%E4%B8%87";
const target = (tag: string): FillTarget => ({
  part: { kind: "body" },
  paragraph: 0,
  start: 2,
  end: 3,
  text: "X",
  clause: { start: 0, end: 4, text: "新增X万" },
  value: "2.35",
  tag,
  label: "城镇新增就业 · 2025年 · 这是一个很长很长的标题".repeat(4),
});

// Word documents no tag limit and limits titles to 64 characters (see the simulation's contract): DraftKit writes
// short ids and keeps the full tags in the document settings, and still reads the long tags of older documents.
describe("short content-control tags", () => {
  it("writes dk:<id> tags with the full tag in the document settings, and reads the full tag back", async () => {
    const { sim, host } = installSim({ blocks: ["新增X万"] });
    await host.read();
    sim.resetStats();
    const report = await host.fill([target(longTag)], { linked: true, trackChanges: false });
    expect(sim.syncCount()).toBe(4);
    expect(report).toMatchObject({ applied: [expect.anything()], skipped: [] });
    expect(report.notes).toBeUndefined();
    const [cc] = sim.doc.liveContentControls();
    expect(cc?.tag).toMatch(/^dk:[0-9a-z]{1,7}$/);
    expect(cc?.title.length).toBeLessThanOrEqual(64);
    expect(await host.linkedValues()).toEqual([{ id: cc!.id, tag: longTag, text: "2.35" }]);
  });

  it("gives the same full tag the same id across fills, and different tags different ids", async () => {
    const { sim, host } = installSim({ blocks: ["新增X万", "新增X万"] });
    await host.read();
    await host.fill([target(longTag), { ...target(longTag), paragraph: 1 }], { linked: true, trackChanges: false });
    const [a, b] = sim.doc.liveContentControls();
    expect(a?.tag).toBe(b?.tag);
    expect(Object.keys(sim.doc.settings.get("draftkit.tags.v1") as object)).toHaveLength(1);
  });

  it("still reads the long tags written by earlier versions", async () => {
    const { sim, host } = installSim({ blocks: ["新增2.35万"] });
    const p = sim.doc.body.paragraphs()[0]!;
    const cc = sim.doc.addContentControl({ start: p.anchor(2, "start"), end: p.anchor(6, "end") });
    cc.tag = longTag;
    expect(await host.linkedValues()).toEqual([{ id: cc.id, tag: longTag, text: "2.35" }]);
  });

  it("reads an old long placeholder tag as the indicator it binds", async () => {
    const { sim, host } = installSim({ blocks: ["城镇新增就业X万"] });
    const p = sim.doc.body.paragraphs()[0]!;
    const q = sim.doc.addContentControl({ start: p.anchor(6, "start"), end: p.anchor(7, "end") });
    q.tag = `draftkit:ph:quantity:${encodeURIComponent("城镇新增就业")}`;
    expect(scanSnapshot(await host.read()).placeholders.map((x) => x.bound)).toEqual(["城镇新增就业"]);
  });

  it("fills anyway when the tag map cannot be saved, and says what that means", async () => {
    const { sim, host } = installSim({ blocks: ["新增X万"] });
    await host.read();
    sim.injectFault("settings.saveAsync");
    const report = await host.fill([target(longTag)], { linked: true, trackChanges: false });
    expect(report.applied).toHaveLength(1);
    expect(report.notes?.[0]).toContain("链接信息未能保存到文档设置");
    expect(await host.linkedValues()).toEqual([expect.objectContaining({ tag: longTag })]);
  });
});

describe("saving the indicator table when settings.saveAsync fails", () => {
  it("returns settings_save_failed with Office's message, and a table within the limit saves", async () => {
    const table = TableSchema.parse({ format: "draftkit-table", version: 1, rows: [{ name: "失业率", value: 3.2, unit: "%" }] });
    const { sim, host } = installSim({ blocks: ["甲"] }, { settingsLimitChars: 200 });
    expect(await host.saveTable(table)).toMatchObject({ ok: false, code: "settings_save_failed" });
    sim.config.settingsLimitChars = 1_000_000;
    expect(await host.saveTable(table)).toEqual({ ok: true });
    expect(host.loadTable()?.rows[0]?.name).toBe("失业率");
    expect(scanSnapshot(await host.read()).placeholders).toEqual([]);
  });
});
