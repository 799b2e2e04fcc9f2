import { check, texts } from "../testing";
import { staleYear } from "./staleYear";

describe("stale-year", () => {
  it("warns on an old year in a forward-looking clause", () => {
    expect(texts(check(staleYear, ["力争2020年底前全面完成"], { docYear: 2026 }))).toEqual(["2020年"]);
  });

  it("warns when 今年 sits beside another year", () => {
    expect(texts(check(staleYear, ["今年即2019年"], { docYear: 2026 }))).toEqual(["2019年"]);
  });

  it("reads years written back to back, and not the tail of a longer number", () => {
    const fs = check(staleYear, ["力争2019年2020年完成，争取12019年完成"], { docYear: 2026 });
    expect(fs.map((f) => [f.start, f.text])).toEqual([
      [2, "2019年"],
      [7, "2020年"],
    ]);
  });

  it("accepts past years looked back on and the document's own year", () => {
    expect(check(staleYear, ["2019年圆满完成了各项任务", "力争2026年底前完成", "过去的2019年取得成效", "制定全市2019年企业工资指导线、推进集体合同制度攻坚计划"], { docYear: 2026 })).toEqual([]);
  });
});

describe("stale-year over many years", () => {
  it("judges each clause once: every year of a forward clause, none of a past one", () => {
    const years = Array.from({ length: 50 }, (_, i) => `${1990 + (i % 30)}年`).join("");
    const fs = check(staleYear, [`力争${years}，已经${years}完成了。今年${years}`], { docYear: 2026 });
    expect(fs.filter((f) => f.message.includes("部署")).length).toBe(50);
    expect(fs.filter((f) => f.message.includes("今年")).length).toBe(50);
    expect(fs.every((f) => /^\d{4}年$/.test(f.text))).toBe(true);
  });
});
