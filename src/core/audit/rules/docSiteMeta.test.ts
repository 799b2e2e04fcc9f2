import { check, texts } from "../testing";
import { docSiteMeta } from "./docSiteMeta";

describe("doc-site-meta", () => {
  it("flags a document site's word and page counts, buttons and an empty sharer byline", () => {
    const lines = ["约3.5千字", "约 8页", "共5页 约2千字", "举报", "阅读全文", "网友 投稿 时间：", "站长 分享 发布时间："];
    expect(texts(check(docSiteMeta, lines))).toEqual(lines);
  });

  it("leaves a 公文's own lines alone: a field label, a sentence about pages or words, a heading", () => {
    expect(check(docSiteMeta, ["会议时间：", "材料约3千字，共5页。", "约定事项", "举报电话：12345", "六、举报方式"])).toEqual([]);
  });
});
