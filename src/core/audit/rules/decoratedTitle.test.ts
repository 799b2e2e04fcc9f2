import { check, texts } from "../testing";
import { decoratedTitle } from "./decoratedTitle";

describe("decorated-title", () => {
  it("flags the site's article number after a title", () => {
    expect(texts(check(decoratedTitle, ["平安校园创建实施方案【第二篇】", "年度工作总结（第3篇）", "防汛工作方案【篇三】"]))).toEqual(["【第二篇】", "（第3篇）", "【篇三】"]);
  });

  it("flags a numbered article heading run into the text's first words", () => {
    expect(texts(check(decoratedTitle, ["活动方案 篇2为丰富职工文化生活，经研究，决定开展读书月活动。"]))).toEqual(["活动方案 篇2"]);
  });

  it("flags a page title in 【】 run into the first sentence", () => {
    expect(texts(check(decoratedTitle, ["【介绍信的写法和注意事项】介绍信是机关单位派人联系工作时使用的信函。"]))).toEqual(["【介绍信的写法和注意事项】"]);
  });

  it("leaves a repost tag, an article named in the text and a numbered 篇 alone", () => {
    expect(check(decoratedTitle, ["【转发】关于做好春节期间安全生产工作的通知", "全书共分三篇，第一篇讲方案编制。", "方案篇幅不宜过长。", "【此处填写单位名称】"])).toEqual([]);
  });
});
