import { detectDocumentYear, parsePeriod, periodBefore } from "./period";

describe("periods", () => {
  it("parses table periods", () => {
    expect(parsePeriod("2019年")).toEqual({ year: 2019, from: 1, to: 12 });
    expect(parsePeriod("2020年1-5月")).toEqual({ year: 2020, from: 1, to: 5 });
    expect(parsePeriod("2020年上半年")).toEqual({ year: 2020, from: 1, to: 6 });
    expect(parsePeriod("2020年5月")).toEqual({ year: 2020, from: 5, to: 5 });
    expect(parsePeriod("")).toBeUndefined();
  });

  it("resolves 去年, 今年 and 今年1-5月 against the document year", () => {
    const s = "去年全市城镇新增就业X万，城镇失业率控制在X%之内。今年1-5月全市城镇新增就业X人";
    expect(periodBefore(s, s.indexOf("X万"), 2020)).toEqual({ year: 2019, from: 1, to: 12 });
    expect(periodBefore(s, s.indexOf("X%"), 2020)).toEqual({ year: 2019, from: 1, to: 12 });
    expect(periodBefore(s, s.indexOf("X人"), 2020)).toEqual({ year: 2020, from: 1, to: 5 });
    expect(periodBefore("上半年完成X件", 5, 2026)).toEqual({ year: 2026, from: 1, to: 6 });
  });

  it("leaves the period unknown when nothing is written before the placeholder", () => {
    expect(periodBefore("引进X名高端人才", 2, 2020)).toBeUndefined();
  });

  it("detects the year a speech is given in", () => {
    expect(detectDocumentYear(["近年以来，尤其是过去的2019年，全市人社系统…", "全市2019年企业工资指导线"])).toBe(2020);
    expect(detectDocumentYear(["总结2019年全县工作，扎实推进2020年全县人力资源社会保障工作"])).toBe(2020);
    expect(detectDocumentYear(["没有年份"])).toBeUndefined();
  });
});
