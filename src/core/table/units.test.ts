import { conversion, parseUnit } from "./units";

describe("units", () => {
  it("splits multipliers from bases", () => {
    expect(parseUnit("万人次")).toEqual({ factor: 1e4, base: "人次" });
    expect(parseUnit("亿元")).toEqual({ factor: 1e8, base: "元" });
    expect(parseUnit("个百分点")).toEqual({ factor: 1, base: "个百分点" });
  });

  it("converts between compatible units", () => {
    expect(conversion("人", "万")).toBe(1e-4);
    expect(conversion("人", "名")).toBe(1);
    expect(conversion("元", "万元")).toBe(1e-4);
    expect(conversion("万元", "亿元")).toBe(1e-4);
    expect(conversion("人次", "万人次")).toBe(1e-4);
  });

  it("refuses units that measure different things", () => {
    expect(conversion("%", "个百分点")).toBeUndefined();
    expect(conversion("人次", "人")).toBeUndefined();
    expect(conversion("万元", "人")).toBeUndefined();
    expect(conversion("%", "万")).toBeUndefined();
    expect(conversion("件", "项")).toBeUndefined();
  });

  it("keeps multi-character units whole", () => {
    expect(parseUnit("个工作日")).toEqual({ factor: 1, base: "个工作日" });
    expect(parseUnit("千瓦时")).toEqual({ factor: 1, base: "千瓦时" });
    expect(parseUnit("万千瓦")).toEqual({ factor: 1e4, base: "千瓦" });
    expect(conversion("工作日", "个工作日")).toBe(1);
    expect(conversion("千瓦", "万千瓦")).toBe(1e-4);
    expect(conversion("个工作日", "个")).toBeUndefined();
  });

  it("reads 个千分点 as the change of a ‰ rate, never the rate itself", () => {
    expect(parseUnit("个千分点")).toEqual({ factor: 1, base: "个千分点" });
    expect(parseUnit("千分点")).toEqual({ factor: 1, base: "千分点" });
    expect(conversion("个千分点", "千分点")).toBe(1);
    expect(conversion("‰", "个千分点")).toBeUndefined();
    expect(conversion("个千分点", "千")).toBeUndefined();
  });
});
