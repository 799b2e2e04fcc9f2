import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bundledSections, categories, searchSections } from "./library";
import { blockText, renderSection } from "./render";

const seed = (f: string) => readFileSync(join(__dirname, "../../../tests/fixtures/seeds", f), "utf8").split(/\r?\n/).map((l) => l.trim());
const byId = (id: string) => {
  const s = bundledSections.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};

describe("the section library", () => {
  it("has at least 12 sections across the standard categories", () => {
    expect(bundledSections.length).toBeGreaterThanOrEqual(12);
    expect(categories(bundledSections)).toEqual(["开场", "工作回顾", "形势分析", "重点任务", "作风建设", "党风廉政", "结束语"]);
  });

  it.each(["市", "县", "区"] as const)("renders every section at %s level with no parameter left", (level) => {
    for (const s of bundledSections) {
      const text = renderSection(s, { level, year: 2026, points: 4 }).map(blockText).join("\n");
      expect(text).not.toMatch(/\{\{/);
    }
  });

  it("speaks of its own level: 全县 and 县委 for a county, 全区 for a district", () => {
    const text = renderSection(byId("integrity"), { level: "县", year: 2026 }).map(blockText).join("");
    expect(text).toContain("县委、县政府围绕");
    expect(text).not.toContain("市委");
    expect(renderSection(byId("review-results"), { level: "区", year: 2026 })[1]?.text).toContain("全区人社系统");
  });

  it("resolves 今年/去年 from the chosen year", () => {
    expect(renderSection(byId("review-results"), { level: "县", year: 2026 })[0]?.text).toContain("2025年工作成效显著");
  });

  it("reproduces the seeds' own sections from the library at their level and year", () => {
    const city = seed("000_44a230b6f9ec27ec.txt");
    const county = seed("004_88f04c4c9db11306.txt");
    const integrity = renderSection(byId("integrity"), { level: "市", year: 2020 }, { h1: 4, h2: 1 }).map(blockText);
    expect(integrity).toEqual(city.slice(39, 45));
    const conduct = renderSection(byId("conduct"), { level: "市", year: 2020 }, { h1: 3, h2: 1 }).map(blockText);
    expect(conduct).toEqual(city.slice(33, 39));
    const review = renderSection(byId("review-achievements"), { level: "市", year: 2020 }, { h1: 1, h2: 1 }).map(blockText);
    expect(review).toEqual(city.slice(18, 26));
    const opening = renderSection(byId("opening-handover"), { level: "市", year: 2020, points: 4 }).map(blockText);
    expect(opening).toEqual(city.slice(16, 18));
    const situation = renderSection(byId("situation-new"), { level: "县", year: 2020 }, { h1: 2, h2: 1 }).map(blockText);
    expect(situation).toEqual(county.slice(5, 11));
    expect(renderSection(byId("closing-conference"), { level: "县", year: 2020 }).map(blockText)).toEqual(county.slice(19, 20));
  });

  it("keeps the seeds' placeholders as placeholders", () => {
    const review = renderSection(byId("review-achievements"), { level: "市", year: 2026 });
    expect(review.flatMap((b) => b.placeholders).length).toBe(14);
    expect(renderSection(byId("opening-handover"), { level: "市", year: 2026 })[1]?.text).toContain("我谈X点意见");
  });

  it("finds sections by pinyin initials, Chinese words and categories", () => {
    expect(searchSections(bundledSections, "jycy").map((s) => s.id)).toContain("task-employment");
    expect(searchSections(bundledSections, "廉政").map((s) => s.id)).toEqual(["integrity"]);
    expect(searchSections(bundledSections, "jsy").map((s) => s.category)).toEqual(expect.arrayContaining(["结束语"]));
    expect(searchSections(bundledSections, "zzzz")).toEqual([]);
  });
});
