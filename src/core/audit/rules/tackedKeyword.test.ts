import { check, texts } from "../testing";
import { tackedKeyword } from "./tackedKeyword";

describe("tacked-keyword", () => {
  it("flags a template page's name after a clause and its colon", () => {
    expect(texts(check(tackedKeyword, ["下面，进行第二项议程：年终总结大会主持词", "请各单位按时报送。表彰大会发言稿"]))).toEqual(["年终总结大会主持词", "表彰大会发言稿"]);
  });

  it("keeps an attachment list, a title and an agenda item that names a speech", () => {
    expect(check(tackedKeyword, ["附件：2024年度工作总结范文", "在全县表彰大会上的主持词", "下面，进行第三项议程：请县长讲话。", "第一项：学习心得体会"])).toEqual([]);
  });
});

describe("tacked-keyword and samples", () => {
  it("keeps a sentence pointing to a sample after a full stop", () => {
    expect(check(tackedKeyword, ["写法如上。下面是一篇范文", "格式如上。请参照以下模板"])).toEqual([]);
  });
});
