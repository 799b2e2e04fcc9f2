import { generateDraft } from "../../bench/draft";
import data from "../data/divisions.json";
import { type DivisionData, buildDivisionIndex } from "../core/audit/divisions";
import { runAudit } from "../core/audit/run";
import { sampleDocumentSpec } from "../samples/sampleDocument";
import { createSimHost } from "../simword/host";
import { spanText } from "../simword/model/span";
import { installSim } from "./testing";
import { createWordHost } from "./wordHost";

const divisions = buildDivisionIndex(data as DivisionData);

const setup = (spec: Parameters<typeof installSim>[0]) => installSim(spec);

describe("auditing through the adapter", () => {
  it("audits a whole document in two syncs at 10 and 300 pages", async () => {
    for (const pages of [10, 300]) {
      const { sim, host } = setup(generateDraft(pages));
      const r = runAudit(await host.read(), { divisions, region: "广元市" });
      expect(sim.syncCount()).toBe(2);
      expect(r.findings.length).toBeGreaterThan(pages);
      expect(r.findings.some((f) => f.part.kind === "header" && f.rule === "advert")).toBe(true);
    }
  });

  it("selects a finding, whole advert paragraphs included", async () => {
    const { sim, host } = setup(sampleDocumentSpec());
    const r = runAudit(await host.read(), { divisions });
    const advert = r.findings.find((f) => f.rule === "advert" && f.part.kind === "body");
    const ph = r.findings.find((f) => f.rule === "unfilled-placeholder");
    for (const f of [advert, ph]) {
      if (!f) throw new Error("missing finding");
      expect(await host.select(f)).toEqual({ ok: true });
      expect(sim.doc.selectionText()).toBe(f.text);
    }
  });

  it("inserts one comment per finding at its place, in three syncs", async () => {
    const { sim, host } = setup(sampleDocumentSpec());
    const r = runAudit(await host.read(), { divisions });
    sim.resetStats();
    const result = await host.comment(r.findings.map((f) => ({ ...f, message: f.message })));
    expect(sim.syncCount()).toBe(3);
    expect(result).toEqual({ inserted: r.findings.length, skipped: [] });
    expect(sim.doc.comments.map((c) => spanText(c.span))).toEqual(r.findings.map((f) => f.text));
    expect(sim.doc.comments[0]?.content).toContain("【DraftKit】");
  });

  it("says comments are unavailable on a WordApi 1.3 host", () => {
    const sim = createSimHost({ wordApiMinor: 3 });
    sim.install(globalThis as unknown as Record<string, unknown>);
    expect(createWordHost().capabilities().comments).toBe(false);
  });
});

describe("footnotes and endnotes", () => {
  it("are read in the same two syncs, audited, selectable and commented", async () => {
    const { sim, host } = setup({ blocks: ["正文"], footnotes: ["数据来源：XX统计局"], endnotes: ["更多范文请关注公众号"] });
    const snap = await host.read();
    expect(sim.syncCount()).toBe(2);
    const r = runAudit(snap, { divisions });
    expect(r.findings.map((f) => [f.rule, f.part.kind])).toEqual([
      ["unfilled-placeholder", "footnote"],
      ["advert", "endnote"],
    ]);
    const ph = r.findings[0]!;
    expect(await host.select(ph)).toEqual({ ok: true });
    expect(sim.doc.selectionText()).toBe("XX");
    expect(await host.comment(r.findings)).toEqual({ inserted: 2, skipped: [] });
  });

  it("are skipped without WordApi 1.5", async () => {
    const { host } = installSim({ blocks: ["正文"], footnotes: ["XX"] }, { wordApiMinor: 4 });
    expect((await host.read()).paragraphs.map((p) => p.part.kind)).toEqual(["body"]);
  });
});
