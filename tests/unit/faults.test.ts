import { generateDraft } from "../../bench/draft";
import data from "../../src/data/divisions.json";
import { type DivisionData, buildDivisionIndex } from "../../src/core/audit/divisions";
import { runAudit } from "../../src/core/audit/run";
import { planFills } from "../../src/core/fill/plan";
import { targetsFor } from "../../src/core/fill/targets";
import { scanSnapshot } from "../../src/core/placeholders/scan";
import { bundledTable } from "../../src/core/table/bundled";
import { buildDocument } from "../../src/simword/build";
import { createSimHost } from "../../src/simword/host";
import { createWordHost } from "../../src/word/wordHost";

jest.setTimeout(120_000);

describe("a 1,000-page document", () => {
  it("is scanned, filled and audited completely, each sync under Office on the web's 5 MB", async () => {
    const sim = createSimHost({ doc: buildDocument(generateDraft(1000)), asyncSync: false });
    sim.install(globalThis as unknown as Record<string, unknown>);
    const host = createWordHost();
    const snap = await host.read();
    const { placeholders } = scanSnapshot(snap);
    expect(placeholders.length).toBeGreaterThan(2000);
    const chosen = planFills(snap, placeholders, bundledTable, { docYear: 2020 })
      .filter((p) => p.status === "fill")
      .map((p) => ({ proposal: p, value: p.value as string }));
    const report = await host.fill(targetsFor(chosen), { linked: true, trackChanges: false });
    expect(report.skipped).toEqual([]);
    expect(report.applied.length).toBe(chosen.length);
    const after = scanSnapshot(await host.read()).placeholders.length;
    expect(after).toBe(placeholders.length - chosen.length);
    const audit = runAudit(await host.read(), { divisions: buildDivisionIndex(data as DivisionData), region: "广元市" });
    expect(audit.findings.filter((f) => f.rule === "unfilled-placeholder").length).toBe(after);
    expect(Math.max(...sim.stats.syncs.map((s) => s.requestBytes + s.responseBytes))).toBeLessThan(5 * 1024 * 1024);
  });
});

describe("the same placeholder many times in one paragraph, in tables and headers", () => {
  it("fills each exactly once, in place", async () => {
    const para = `全市：${Array.from({ length: 30 }, () => "去年城镇新增就业X万").join("，")}`;
    const sim = createSimHost({
      doc: buildDocument({ blocks: [para, { table: [["城镇登记失业率", "X%"], ["城镇新增就业（去年）", "X万人"]] }], header: ["去年城镇新增就业X万"] }),
    });
    sim.install(globalThis as unknown as Record<string, unknown>);
    const host = createWordHost();
    const snap = await host.read();
    const proposals = planFills(snap, scanSnapshot(snap).placeholders, bundledTable, { docYear: 2020 });
    const chosen = proposals.filter((p) => p.status === "fill").map((p) => ({ proposal: p, value: p.value as string }));
    expect(chosen).toHaveLength(33);
    await host.fill(targetsFor(chosen), { linked: true, trackChanges: false });
    expect(sim.doc.body.paragraphs()[0]?.text).toBe(`全市：${Array.from({ length: 30 }, () => "去年城镇新增就业2.35万").join("，")}`);
    expect(sim.doc.body.tables()[0]?.values).toEqual([["城镇登记失业率", "3.2%"], ["城镇新增就业（去年）", "2.35万人"]]);
    expect(sim.doc.sections[0]?.headers.Primary.paragraphs()[0]?.text).toBe("去年城镇新增就业2.35万");
    expect(sim.doc.liveContentControls()).toHaveLength(33);
  });
});
