import { check, texts } from "../testing";
import { forumChrome } from "./forumChrome";

describe("forum-chrome", () => {
  it("flags a forum thread's counters, buttons and poster panel, with the short values between them", () => {
    const lines = ["查看: 1203|回复: 2", "[市县] 2024年某县政府工作报告", "[复制链接]", "TA的每日心情", "奋斗", "前天 08:15", "签到天数: 120 天", "[LV.6]常住居民III", "3万", "主题", "积分", "Rank: 5", "发表于 2024-3-2 10:01:12 | 显示全部楼层 |阅读模式", "各位代表："];
    expect(texts(check(forumChrome, lines))).toEqual(lines.slice(0, 13));
  });

  it("ends the block at a sentence: short lines after it are the text's own", () => {
    const lines = ["查看: 88|回复: 0", "现在，我代表县人民政府，向大会报告工作，请予审议。", "一、工作回顾", "[复制链接]"];
    expect(texts(check(forumChrome, lines))).toEqual(["查看: 88|回复: 0", "[复制链接]"]);
  });

  it("leaves short lines alone when no forum line stands on both sides", () => {
    expect(check(forumChrome, ["主题", "积分", "1万", "各位代表："])).toEqual([]);
    expect(check(forumChrome, ["积分制管理办法", "主题教育", "回复函"])).toEqual([]);
  });
});
