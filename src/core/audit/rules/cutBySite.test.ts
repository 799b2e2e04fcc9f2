import { check } from "../testing";
import { cutBySite } from "./cutBySite";

describe("cut-by-site", () => {
  it("flags the unfinished paragraph right before the site's truncation notice", () => {
    const lines = ["各位代表：", "现在，我", "……（新文秘网省略854字，正式会员可完整阅读）"];
    expect(check(cutBySite, lines).map((f) => f.paragraph)).toEqual([1]);
  });

  it("flags the unfinished paragraph right before a login or paywall notice", () => {
    expect(check(cutBySite, ["伤9人，同比上升12...", "请先登录"]).map((f) => f.paragraph)).toEqual([0]);
    expect(check(cutBySite, ["迫切需要下大力气进行治理和整顿。", "预览结束，免费获取全文"])).toEqual([]);
    expect(check(cutBySite, ["二、填报方式", "请先登录系统后在线填报。"])).toEqual([]);
  });

  it("keeps a finished paragraph before the notice, and text with no notice after it", () => {
    expect(check(cutBySite, ["请予审议。", "……（未完，全文共6831字，当前仅显示2399字）", "现在，我", "一、工作回顾"])).toEqual([]);
  });

  it("keeps a short numbered heading before the notice: the cut falls after it", () => {
    expect(check(cutBySite, ["三、参会人员", "阅读全文"])).toEqual([]);
  });
});
