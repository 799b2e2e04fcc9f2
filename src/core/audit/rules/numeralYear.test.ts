import { check, texts } from "../testing";
import { numeralYear } from "./numeralYear";

describe("numeral-year", () => {
  it("flags the letter O or the digit 0 standing for 〇 in a Chinese-numeral year", () => {
    const fs = check(numeralYear, ["二OO八年一月七日", "二0二三年十二月", "二ＯＯ九年"]);
    expect(texts(fs)).toEqual(["二OO八", "二0二三", "二ＯＯ九"]);
    expect(fs[0]?.message).toContain("二〇〇八年");
  });

  it("leaves correct years and other numbers alone", () => {
    expect(check(numeralYear, ["二〇〇八年一月七日", "2008年", "二零零八年", "GO2008年", "第十二OO年"])).toEqual([]);
  });
});
