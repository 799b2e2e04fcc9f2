import { check, texts } from "../testing";
import { mask } from "./mask";
import { unfilledPlaceholder } from "./unfilledPlaceholder";

describe("mask", () => {
  it("explains asterisk masks: a blank name, a hidden year, a filtered word", () => {
    const lines = ["林*同志讲话", "总结20**年的工作", "在**的坚强领导下"];
    expect(texts(check(mask, lines))).toEqual(["*", "20**", "**"]);
    expect(check(mask, lines)[0]?.message).toContain("补上原文");
  });

  it("is the only rule reporting them, and leaves X placeholders and products of numbers alone", () => {
    expect(check(unfilledPlaceholder, ["林*同志讲话"])).toEqual([]);
    expect(check(mask, ["新增就业X万人", "规格5898*2352"])).toEqual([]);
  });
});

describe("mask: a × between words", () => {
  it("explains a × a site put for a filtered word, and leaves dimensions alone", () => {
    expect(texts(check(mask, ["以双招双引为×高质量发展注入动能"]))).toEqual(["×"]);
    expect(check(mask, ["长×宽：450×450", "4×100米接力"])).toEqual([]);
  });
});
