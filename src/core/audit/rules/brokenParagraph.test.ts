import { check } from "../testing";
import { brokenParagraph } from "./brokenParagraph";

describe("broken-paragraph", () => {
  it("flags a paragraph that stops at a comma", () => {
    expect(check(brokenParagraph, ["一方面，中央和省市县要求很严，", "另一方面，压力最大。"]).map((f) => f.paragraph)).toEqual([0]);
  });

  it("leaves short salutations and finished paragraphs alone", () => {
    expect(check(brokenParagraph, ["亲爱的同学们，", "尊敬的各位领导，", "今年以来，全县经济平稳增长。"])).toEqual([]);
  });
});
