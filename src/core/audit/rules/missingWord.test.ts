import { check, texts } from "../testing";
import { missingWord } from "./missingWord";

describe("missing-word", () => {
  it("flags 或, 以及 and 并且 right before punctuation", () => {
    expect(texts(check(missingWord, ["标题字号为三号或，正文使用小四号字", "加强安全生产以及。", "完成了任务并且、"]))).toEqual(["或", "以及", "并且"]);
  });

  it("keeps words that end in 和, 与 or 及, and a clause that opens with 或者", () => {
    expect(check(missingWord, ["气候温和，群众参与，工作涉及，", "或者，我们可以另选日期。", "三号或二号，正文使用小四号字"])).toEqual([]);
  });
});
