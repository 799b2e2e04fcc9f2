import { check, texts } from "../testing";
import { doubledPunctuation } from "./doubledPunctuation";

describe("doubled-punctuation", () => {
  it("reports ，， and 。。 and mixed runs", () => {
    expect(texts(check(doubledPunctuation, ["就业，，社保。。改革，。"]))).toEqual(["，，", "。。", "，。"]);
  });

  it("leaves …… and —— alone", () => {
    expect(check(doubledPunctuation, ["等等……", "一分部署——九分落实"])).toEqual([]);
  });
});
