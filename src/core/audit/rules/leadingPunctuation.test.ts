import { check, texts } from "../testing";
import { leadingPunctuation } from "./leadingPunctuation";

describe("leading-punctuation", () => {
  it("flags a paragraph opening with a comma or an enumeration comma", () => {
    expect(texts(check(leadingPunctuation, ["、树立“社区是我家”的意识。", "，向不文明的行为告别。"]))).toEqual(["、", "，"]);
  });

  it("leaves paragraphs opening with words, numbers, quotes or brackets alone", () => {
    expect(check(leadingPunctuation, ["一、总体要求", "“十四五”时期", "（一）加强领导", "1.会议时间", "同志们："])).toEqual([]);
  });
});
