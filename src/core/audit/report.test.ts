import { excerpt } from "./report";

describe("the audit report's excerpts", () => {
  it("never cut an emoji (a surrogate pair) in half", () => {
    for (let k = 0; k < 4; k += 1) {
      const text = `${"字".repeat(k)}${"😀".repeat(50)}`;
      const cut = excerpt(text, 40);
      expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      expect(Array.from(cut.replace(/…$/, ""))).toHaveLength(40);
    }
  });

  it("keep short text whole, without an ellipsis", () => {
    expect(excerpt("未填写X万", 40)).toBe("未填写X万");
  });
});
