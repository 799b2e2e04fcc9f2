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

  // The file card and reading gate of real document-site pages (renrendoc.com paper/366785035, doczj.com doc/6a19098523).
  it("flags a document site's file card, page-image captions, reading gate and uploader notice", () => {
    const lines = ["非营利组织项目策划与执行规范_第1页", "已阅读5页，还剩13页未读 继续免费阅读", "下载本文档", "版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领", "文档简介", "- 格式：docx", "- 大小：18.54 KB", "- 文档页数：4"];
    expect(texts(check(docSiteMeta, lines))).toEqual(lines);
  });

  it("leaves a how-to text's own format fields alone", () => {
    expect(check(docSiteMeta, ["格式：标题居中，正文仿宋三号", "页数：不超过5页为宜。", "大小：A4纸"])).toEqual([]);
  });
});
