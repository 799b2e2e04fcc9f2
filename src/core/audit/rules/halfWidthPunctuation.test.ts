import { check, texts } from "../testing";
import { halfWidthPunctuation } from "./halfWidthPunctuation";

describe("half-width-punctuation", () => {
  it("reports , ; : between Chinese characters", () => {
    const fs = check(halfWidthPunctuation, ["就业,社保;改革:人才"]);
    expect(texts(fs)).toEqual([",", ";", ":"]);
    expect(fs[0]?.message).toContain("，");
  });

  it("reports marks one character apart, each at its own offset", () => {
    expect(check(halfWidthPunctuation, ["甲,乙,丙.丁"]).map((f) => [f.start, f.text])).toEqual([
      [1, ","],
      [3, ","],
      [5, "."],
    ]);
  });

  it("leaves numbers and Latin text alone", () => {
    expect(check(halfWidthPunctuation, ["增长3.5%，版本1,2", "Word, Excel"])).toEqual([]);
  });

  it("flags a stray dot between Chinese characters, not decimals or abbreviations", () => {
    expect(check(halfWidthPunctuation, ["綦江已经站在经济.发展的新起点"]).map((f) => f.text)).toEqual(["."]);
    expect(check(halfWidthPunctuation, ["增长3.5%", "www.gov.cn", "1.加强领导"])).toEqual([]);
  });
});

describe("half-width-punctuation: stray quotation marks", () => {
  it("flags a half-width quote between Chinese characters", () => {
    expect(texts(check(halfWidthPunctuation, ["形成祭月的'风俗", "所谓\"放管服\"改革"]))).toEqual(["'", "\"", "\""]);
  });

  it("keeps quotes in Latin text and Chinese quotation marks", () => {
    expect(check(halfWidthPunctuation, ["the 'cloud' platform", "形成祭月的“风俗”"])).toEqual([]);
  });
});
