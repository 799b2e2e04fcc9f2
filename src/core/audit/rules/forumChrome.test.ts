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
    // A ballot's choices stand alone on their lines too; they are no forum buttons.
    expect(check(forumChrome, ["同意", "反对", "弃权", "支持"])).toEqual([]);
    expect(check(forumChrome, ["积分：5分", "主题", "积分：10分"])).toEqual([]);
  });

  // The chrome of real Discuz thread pages (gmjaja.com thread-17643, hksc888.com thread-2159165, bbs.rainmeter.cn thread-244).
  it("flags a poster panel printed label by label, login links and the register prompt, and keeps the post's first line", () => {
    const panel = ["找回密码", "立即注册", "只需一步，快速开始", "扫一扫，访问微社区", "查看: 26909|回复: 1", "[技术教材] 关于暮色掉线问题/关于暮色卡服问题/等MOD导致卡服问题/解决办法", "[复制链接]", "165", "主题", "9万", "积分", "管理员", "UID", "1", "威望", "0", "在线时间", "166 小时", "注册时间", "2016-12-23", "积分: 91383", "在线时间: 166 小时", "最后登录", "2024-3-25", "首席版主", "沧浪诗人诗趣长青首席版主兼奇文神韵执行首版", "Rank: 8Rank: 8", "勤勉版主勋章敬业首版勋章", "发表于 2019-7-29 03:28:26 | 显示全部楼层 |阅读模式", "马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。"];
    expect(texts(check(forumChrome, [...panel, "永明声律与近体格律的异同"]))).toEqual(panel);
  });
});
