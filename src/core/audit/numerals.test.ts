import { chineseNumber, chineseNumeral } from "./numerals";

describe("Chinese numerals", () => {
  it("reads 一 to 九十九", () => {
    expect(["一", "五", "十", "十一", "二十", "二十三", "九十九", "两"].map(chineseNumber)).toEqual([1, 5, 10, 11, 20, 23, 99, 2]);
    expect(chineseNumber("十十")).toBeUndefined();
    expect(chineseNumber("")).toBeUndefined();
  });

  it("writes them back", () => {
    expect([1, 10, 11, 20, 23].map(chineseNumeral)).toEqual(["一", "十", "十一", "二十", "二十三"]);
  });
});
