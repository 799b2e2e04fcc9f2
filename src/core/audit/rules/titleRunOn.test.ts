import { check, texts } from "../testing";
import { titleRunOn } from "./titleRunOn";

describe("title-run-on", () => {
  it("flags a title run into the salutation at the head of a paragraph", () => {
    expect(texts(check(titleRunOn, ["在抗旱救灾工作会议上的讲话同志们：", "县长在全县经济工作会议上的讲话各位代表：现在，我代表县人民政府…"]))).toEqual([
      "在抗旱救灾工作会议上的讲话",
      "县长在全县经济工作会议上的讲话",
    ]);
  });

  it("leaves a salutation on its own line and the words in a sentence alone", () => {
    expect(check(titleRunOn, ["同志们：", "刚才，县长作了重要讲话。同志们，我们要抓好落实。", "听了报告，各位代表：请审议。", "在抗旱救灾工作会议上的讲话"])).toEqual([]);
  });
});
