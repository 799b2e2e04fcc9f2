import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./testing";

const run = runCli;

describe("draftkit sections / new", () => {
  it("lists the library as JSON", async () => {
    const r = await run(["sections", "--json"]);
    const { sections } = JSON.parse(r.out) as { sections: { id: string; title: string; category: string; placeholders: number }[] };
    expect(sections.length).toBeGreaterThanOrEqual(12);
    expect(sections.find((s) => s.id === "review-achievements")).toMatchObject({ category: "工作回顾", placeholders: 14 });
  });

  it("writes a county skeleton with numbered headings and the point count", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "dk-new-")), "draft.txt");
    const r = await run(["new", "--sections", "opening-conference,review-results,situation-new,tasks-overall,closing-conference", "--level", "县", "--year", "2026", "--out", out]);
    expect(r.code).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).toContain("我讲三点意见");
    expect(text.split("\n").filter((l) => /^[一二三]、/.test(l)).map((l) => l.slice(0, 2))).toEqual(["一、", "二、", "三、"]);
    expect(text).toContain("全县");
    expect(text).toContain("2025年工作成效显著");
    const audit = await run(["audit", out, "--year", "2026"]);
    expect(audit.out).not.toContain("序号");
  });

  it("exits 2 on an unknown section or level", async () => {
    expect((await run(["new", "--sections", "nope"])).code).toBe(2);
    expect((await run(["new", "--sections", "closing-conference", "--level", "省"])).code).toBe(2);
  });
});
