import { enUS, format, localeFor, zhCN } from "./strings";

describe("pane strings", () => {
  it("has an English string for every Chinese one, none empty", () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
    for (const v of [...Object.values(zhCN), ...Object.values(enUS)]) expect(v.trim()).not.toBe("");
  });

  it("picks zh-CN for any Chinese Office language and en-US otherwise", () => {
    expect(localeFor("zh-TW")).toBe("zh-CN");
    expect(localeFor("en-GB")).toBe("en-US");
    expect(localeFor(undefined)).toBe("zh-CN");
  });

  it("fills {placeholders} in templates", () => {
    expect(format("已读取 {n} 个段落", { n: 3 })).toBe("已读取 3 个段落");
  });
});
