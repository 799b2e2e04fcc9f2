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

  it("inserts one comment per body finding at its place, in four syncs, and notes the header findings it cannot comment", async () => {
    const { sim, host } = setup(sampleDocumentSpec());
    const r = runAudit(await host.read(), { divisions });
    const inHeaders = r.findings.filter((f) => f.part.kind === "header" || f.part.kind === "footer");
    const elsewhere = r.findings.filter((f) => !inHeaders.includes(f));
    expect(inHeaders.length).toBeGreaterThan(0);
    sim.resetStats();
    const result = await host.comment(r.findings.map((f) => ({ ...f, message: f.message })));
    expect(sim.syncCount()).toBe(4);
    expect(result.inserted).toBe(elsewhere.length);
    expect(result.skipped.map((s) => [s.code, s.target.text])).toEqual(inHeaders.map((f) => ["comment_not_allowed", f.text]));
    expect(result.skipped[0]?.message).toMatch(/^Word 不能在页[眉脚]中插入批注/);
    expect(sim.doc.comments.map((c) => spanText(c.span))).toEqual(elsewhere.map((f) => f.text));
    expect(sim.doc.comments[0]?.content).toContain("【DraftKit】");
  });

  it("replaces its own earlier comments on a second run, keeping the user's, in the same four syncs", async () => {
    const { sim, host } = setup(sampleDocumentSpec());
    const r = runAudit(await host.read(), { divisions });
    const first = await host.comment(r.findings);
    const para = sim.doc.body.paragraphs()[0]!;
    sim.doc.addComment({ start: para.anchor(0, "start"), end: para.anchor(1, "end") }, "我自己的批注");
    sim.resetStats();
    const again = await host.comment(r.findings);
    expect(sim.syncCount()).toBe(4);
    expect(again).toMatchObject({ inserted: first.inserted, removed: first.inserted });
    expect(sim.doc.comments).toHaveLength(first.inserted + 1);
    expect(sim.doc.comments.filter((c) => c.content === "我自己的批注")).toHaveLength(1);
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
    expect(r.findings.map((f) => [f.rule, f.part.kind])).toEqual(
      expect.arrayContaining([
        ["unfilled-placeholder", "footnote"],
        ["advert", "endnote"],
      ]),
    );
    const ph = r.findings[0]!;
    expect(await host.select(ph)).toEqual({ ok: true });
    expect(sim.doc.selectionText()).toBe("XX");
    expect(await host.comment(r.findings)).toEqual({ inserted: r.findings.length, skipped: [], removed: 0 });
  });

  it("are skipped without WordApi 1.5", async () => {
    const { host } = installSim({ blocks: ["正文"], footnotes: ["XX"] }, { wordApiMinor: 4 });
    expect((await host.read()).paragraphs.map((p) => p.part.kind)).toEqual(["body"]);
  });
});
