import { planFills } from "../core/fill/plan";
import { scanSnapshot } from "../core/placeholders/scan";
import { blocksFor } from "../core/sections/insertion";
import { bundledSections } from "../core/sections/library";
import { bundledTable } from "../core/table/bundled";
import { TableSchema } from "../core/table/schema";
import { buildDocument } from "../simword/build";
import { createSimHost } from "../simword/host";
import { createWordHost } from "./wordHost";

const section = (id: string) => bundledSections.find((s) => s.id === id)!;

function setup(blocks: string[], cursorAt: number) {
  const sim = createSimHost({ doc: buildDocument({ blocks }) });
  sim.install(globalThis as unknown as Record<string, unknown>);
  const p = sim.doc.body.paragraphs()[cursorAt]!;
  sim.doc.selection = { start: p.anchor(0, "start"), end: p.anchor(0, "end") };
  return { sim, host: createWordHost() };
}
const texts = (sim: ReturnType<typeof setup>["sim"]) => sim.doc.body.paragraphs().map((p) => p.text);
const gongwen = { format: "gongwen", fonts: "gb2312" } as const;

describe("inserting sections", () => {
  it("inserts a level-1 section between 二、 and 三、 as 三、 and renumbers what follows, in two syncs", async () => {
    const { sim, host } = setup(["一、甲", "正文", "二、乙", "正文乙", "三、丙", "四、丁"], 3);
    await host.insertSections(blocksFor([section("integrity")], { level: "县", year: 2026 }, bundledTable.rows), gongwen);
    expect(sim.syncCount()).toBe(2);
    const headings = texts(sim).filter((t) => /^[一二三四五六七八九十]+、|^（/.test(t)).map((t) => t.slice(0, 6));
    expect(headings).toEqual(["一、甲", "二、乙", "三、在崇廉尚", "（一）要带头", "（二）要落实", "（三）要完善", "（四）要加强", "四、丙", "五、丁"]);
  });

  it("formats as 公文: built-in heading styles, 黑体/楷体/仿宋, 16 pt, two-character indent, 28 pt lines", async () => {
    const { sim, host } = setup(["一、甲"], 0);
    await host.insertSections(blocksFor([section("integrity")], { level: "市", year: 2026 }, []), gongwen);
    const [, h1, body, h2] = sim.doc.body.paragraphs();
    expect([h1?.format.styleBuiltIn, h1?.font.name, h1?.font.size]).toEqual(["Heading1", "黑体", 16]);
    expect([body?.format.styleBuiltIn, body?.font.name, body?.format.firstLineIndent, body?.format.lineSpacing]).toEqual(["Normal", "仿宋_GB2312", 32, 28]);
    // Inserted as OOXML (office-js 2296/3203: Paragraph.lineSpacing would be a multiple): exactly 28 pt, East Asian font set.
    expect([body?.format.lineRule, body?.font.nameEastAsia, h1?.font.nameEastAsia]).toEqual(["exact", "仿宋_GB2312", "黑体"]);
    expect([h2?.format.styleBuiltIn, h2?.font.name]).toEqual(["Heading2", "楷体_GB2312"]);
  });

  it("keeps the document's look when asked, and falls back to 仿宋/楷体", async () => {
    const { sim, host } = setup(["一、甲"], 0);
    await host.insertSections(blocksFor([section("integrity")], { level: "市", year: 2026 }, []), { format: "document", fonts: "gb2312" });
    expect(sim.doc.body.paragraphs()[1]?.font.name).toBe("宋体");
    const again = setup(["一、甲"], 0);
    await again.host.insertSections(blocksFor([section("integrity")], { level: "市", year: 2026 }, []), { format: "gongwen", fonts: "generic" });
    expect(again.sim.doc.body.paragraphs()[2]?.font.name).toBe("仿宋");
  });

  it("wraps placeholders in content controls tagged with their indicator", async () => {
    const { sim, host } = setup(["同志们："], 0);
    await host.insertSections(blocksFor([section("review-achievements")], { level: "市", year: 2026 }, bundledTable.rows), gongwen);
    const ccs = sim.doc.liveContentControls();
    expect(ccs).toHaveLength(14);
    // Tags are short ids; the full tags live in the document settings (see tags.ts).
    const map = sim.doc.settings.get("draftkit.tags.v1") as Record<string, string>;
    expect(ccs.every((c) => /^dk:[0-9a-z-]{1,10}$/.test(c.tag))).toBe(true);
    const jobs = ccs.find((c) => map[c.tag.slice(3)]?.endsWith(encodeURIComponent("城镇新增就业")));
    expect(jobs?.span.start.para.text.slice(jobs.span.start.offset - 6, jobs.span.end.offset + 1)).toBe("城镇新增就业X万");
    for (const c of ccs) expect(c.span.start.para.text.slice(c.span.start.offset, c.span.end.offset)).toMatch(/^(?:X+|95X)$/);
  });

  it("inserts a whole outline at once, counting its points", async () => {
    const { sim, host } = setup([""], 0);
    const outline = ["opening-conference", "review-results", "situation-new", "tasks-overall", "closing-conference"].map(section);
    await host.insertSections(blocksFor(outline, { level: "县", year: 2026 }, []), gongwen);
    expect(sim.syncCount()).toBe(2);
    const all = texts(sim);
    expect(all.join("\n")).toContain("我讲三点意见");
    expect(all.filter((t) => /^[一二三]、/.test(t)).map((t) => t.slice(0, 2))).toEqual(["一、", "二、", "三、"]);
    expect(all.join("")).not.toContain("[[DK");
  });
});

describe("placeholders bound by inserted sections", () => {
  it("are read back with their indicator in the same two syncs and filled from that indicator only", async () => {
    const { sim, host } = setup(["同志们："], 0);
    await host.insertSections(blocksFor([section("review-achievements")], { level: "市", year: 2020 }, bundledTable.rows), gongwen);
    sim.resetStats();
    const snap = await host.read();
    expect(sim.syncCount()).toBe(2);
    const { placeholders } = scanSnapshot(snap);
    const jobs = placeholders.find((p) => p.clause.text.endsWith("城镇新增就业X万"));
    expect(jobs?.bound).toBe("城镇新增就业");
    expect(placeholders.filter((p) => p.bound).length).toBeGreaterThanOrEqual(10);
    const [proposal] = planFills(snap, [jobs!], bundledTable, { docYear: 2020 });
    expect(proposal).toMatchObject({ status: "fill", value: "2.35", confidence: "high" });
    const elsewhere = TableSchema.parse({ format: "draftkit-table", version: 1, rows: [{ name: "新增就业人数", aliases: ["新增就业"], value: 1, unit: "人" }] });
    expect(planFills(snap, [jobs!], elsewhere, { docYear: 2020 })[0]).toMatchObject({ status: "no_match", reason: expect.stringContaining("城镇新增就业") });
  });
});
