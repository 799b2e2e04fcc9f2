import { detectDocumentYear, parsePeriod, periodBefore, periodFits } from "./period";

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

describe("stocks and flows", () => {
  it("reads 6月末, 6月底, 截至6月底 and 年末 as points, 上半年 and 1-6月 as flows", () => {
    expect(parsePeriod("2026年6月末")).toEqual({ year: 2026, from: 6, to: 6, point: true });
    expect(parsePeriod("2026年6月底")).toEqual({ year: 2026, from: 6, to: 6, point: true });
    expect(periodBefore("截至6月底，全市市场主体X万户", 9, 2026)).toEqual({ year: 2026, from: 6, to: 6, point: true });
    expect(parsePeriod("2025年末")).toEqual({ year: 2025, from: 12, to: 12, point: true });
    expect(parsePeriod("2026年1—6月")).toEqual({ year: 2026, from: 1, to: 6 });
    expect(periodBefore("上半年新增X户", 5, 2026)).toEqual({ year: 2026, from: 1, to: 6 });
  });

  it("matches a stock with its point or the year-to-date flow, and never a half-year flow with a stock", () => {
    const point = parsePeriod("2026年6月末")!;
    const half = parsePeriod("2026年1-6月")!;
    expect(periodFits(point, point)).toBe(true);
    expect(periodFits(point, half)).toBe(true);
    expect(periodFits(half, point)).toBe(false);
    expect(periodFits(parsePeriod("2025年")!, parsePeriod("2025年末")!)).toBe(true);
    expect(periodFits(parsePeriod("2025年")!, parsePeriod("2026年末")!)).toBe(false);
  });

  it("gives a period written without a year the year of its context", () => {
    expect(periodBefore("上半年新增X户", 5, { docYear: 2026, contextYear: 2025 })).toEqual({ year: 2025, from: 1, to: 6 });
    expect(periodBefore("今年上半年新增X户", 7, { docYear: 2026, contextYear: 2025 })).toEqual({ year: 2026, from: 1, to: 6 });
  });
});

describe("comparisons", () => {
  it("does not read 比上年 or 较去年 as the period of the figure", () => {
    expect(periodBefore("2024年全县生产总值X亿元，比上年增长X%", 20, 2024)).toEqual({ year: 2024, from: 1, to: 12 });
    expect(periodBefore("较去年同期增长X%", 7, 2024)).toBeUndefined();
  });
});

describe("points inside a month and deadlines", () => {
  it("reads 4月中旬 as that point, matching only a row of the same point", () => {
    expect(parsePeriod("2023年4月中旬")).toEqual({ year: 2023, from: 4, to: 4, point: true, tenth: 2 });
    const text = periodBefore("截至4月中旬，提供岗位X万人次", 14, 2023)!;
    expect(periodFits(text, parsePeriod("2023年4月中旬")!)).toBe(true);
    expect(periodFits(text, parsePeriod("2023年4月末")!)).toBe(false);
    expect(periodFits(text, parsePeriod("2023年1-4月")!)).toBe(false);
    expect(periodFits(parsePeriod("2023年4月末")!, parsePeriod("2023年4月下旬")!)).toBe(false);
  });

  it("does not read a deadline (延续实施至2024年底) as the period, but keeps 截至", () => {
    expect(periodBefore("政策延续实施至2024年底，预计减负X亿元", 20, 2023)).toBeUndefined();
    expect(periodBefore("截至2024年底，累计X家", 11, 2023)).toEqual({ year: 2024, from: 12, to: 12, point: true });
    expect(periodBefore("1至6月，新增X户", 8, 2023)).toEqual({ year: 2023, from: 1, to: 6 });
    expect(periodBefore("2019年至2024年累计投资X亿元", 16, 2023)).toEqual({ year: 2024, from: 1, to: 12 });
  });

  it("does not read a price base year (按2020年不变价格计算, 以2020年为基期) as the period", () => {
    expect(periodBefore("按2020年不变价格计算，比上年增长X%", 16, 2021)).toBeUndefined();
    expect(periodBefore("2021年，按2020年不变价格计算，增长X%", 20, 2021)).toEqual({ year: 2021, from: 1, to: 12 });
    expect(periodBefore("以2015年为基期，指数为X", 12, 2021)).toBeUndefined();
  });

  it("gives a yearless period the year written before it in the same text (2021年，全年…)", () => {
    expect(periodBefore("2021年，全年全县生产总值X万元", 16, { docYear: 2021, contextYear: 2022 })).toEqual({ year: 2021, from: 1, to: 12 });
    expect(periodBefore("2021年，上半年产值X万元", 14, { docYear: 2022 })).toEqual({ year: 2021, from: 1, to: 6 });
  });

  it("does not read the day of an event (超市于6月20日开业) as the period, unless 截至 is written", () => {
    expect(periodBefore("超市于6月20日开业，营收X亿元", 14, 2023)).toBeUndefined();
    expect(periodBefore("上半年，超市于6月20日开业，营收X亿元", 18, 2023)).toEqual({ year: 2023, from: 1, to: 6 });
    expect(periodBefore("截至6月20日，累计X家", 12, 2023)).toEqual({ year: 2023, from: 6, to: 6, point: true });
  });
});

describe("periods compared with, in a list", () => {
  it("skips every period listed after 较 (增速较一季度和1-5月分别提高), and all of 较1-5月", () => {
    expect(periodBefore("增速较一季度和1-5月分别提高X个百分点", 15, 2024)).toBeUndefined();
    expect(periodBefore("增速较1-5月提高X个百分点", 10, 2024)).toBeUndefined();
    expect(periodBefore("上半年增速较1-5月提高X个百分点", 13, 2024)).toEqual({ year: 2024, from: 1, to: 6 });
  });
});

describe("a year followed by a span inside it", () => {
  it("does not read 2023年春节期间 as the whole year, but gives later periods its year", () => {
    expect(periodBefore("2023年春节期间，运送X万人次", 12, 2024)).toBeUndefined();
    expect(periodBefore("2023年春节期间及上半年，运送X万人次", 16, 2024)).toEqual({ year: 2023, from: 1, to: 6 });
  });
});
