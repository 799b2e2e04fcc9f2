import { check } from "../testing";
import { cutBySite } from "./cutBySite";

describe("cut-by-site", () => {
  it("flags the unfinished paragraph right before the site's truncation notice", () => {
    const lines = ["各位代表：", "现在，我", "……（新文秘网省略854字，正式会员可完整阅读）"];
    expect(check(cutBySite, lines).map((f) => f.paragraph)).toEqual([1]);
  });

  it("keeps a finished paragraph before the notice, and text with no notice after it", () => {
    expect(check(cutBySite, ["请予审议。", "……（未完，全文共6831字，当前仅显示2399字）", "现在，我", "一、工作回顾"])).toEqual([]);
  });
});
