import { check } from "../testing";
import { pageWidget } from "./pageWidget";

describe("page-widget", () => {
  it("flags a site's switches and buttons alone on a line, bullets and bars around them included", () => {
    const fs = check(pageWidget, ["导航菜单", "• 无障碍浏览", "• 关怀版|", "朗读", "生成海报", "侵权投诉", "关于做好春季防火工作的通知"]);
    expect(fs.map((f) => f.paragraph)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("flags a newspaper page's switches, an attachment panel's title and a font-size switch in brackets", () => {
    const fs = check(pageWidget, ["展开通版", "收缩通版", "当前版：04版", "附件列表", "字体大小：【大】 【中】 【小】", "附件：1.2024年工作要点"]);
    expect(fs.map((f) => f.paragraph)).toEqual([0, 1, 2, 3, 4]);
  });

  it("flags a badge count and a file size alone on a line", () => {
    const fs = check(pageWidget, ["各乡镇：", "99+", "1.2MB", "356 KB"]);
    expect(fs.map((f) => f.paragraph)).toEqual([1, 2, 3]);
  });

  it("keeps the same words inside a sentence and plain figures", () => {
    expect(check(pageWidget, ["组织开展经典诵读朗读比赛。", "制作宣传海报200张。", "2024", "（三）加强投诉举报受理工作"])).toEqual([]);
  });

  it("flags a site's name only at the top of the text", () => {
    const fs = check(pageWidget, ["秘书学堂", "关于开展安全检查的通知", "各村：", "党员学堂"]);
    expect(fs.map((f) => f.paragraph)).toEqual([0]);
  });
});

describe("page-widget counters and columns", () => {
  it("flags view and like counters and a site's column names alone on a line", () => {
    const fs = check(pageWidget, ["1.2万阅读", "浏览 356", "356次浏览", "政策解读", "全年接待游客1.2万人次。"]);
    expect(fs.map((f) => f.paragraph)).toEqual([0, 1, 2, 3]);
  });
});

describe("page-widget on copied WeChat articles", () => {
  it("flags a 公众号 article's follow prompts and reader controls", () => {
    const fs = check(pageWidget, ["点击上方蓝字关注我们", "关于做好防汛工作的通知", "预览时标签不可点", "微信扫一扫关注该公众号", "在看", "写留言"]);
    expect(fs.map((f) => f.paragraph)).toEqual([0, 2, 3, 4, 5]);
  });

  it("keeps a sentence asking readers to follow an account", () => {
    expect(check(pageWidget, ["请广大群众扫一扫下方二维码关注“溪山发布”公众号，及时了解防汛信息。"])).toEqual([]);
  });
});

describe("page-widget switches and badges", () => {
  it("flags a font-size switch, a row of bracketed buttons, a visit counter and a site badge", () => {
    const fs = check(pageWidget, ["字号：大 中 小", "【我要打印】【关闭窗口】", "总访问量：1234567", "我为政府网站找错", "【字体：A+ 默认 A-】"]);
    expect(fs.map((f) => f.paragraph)).toEqual([0, 1, 2, 3, 4]);
  });

  it("keeps a notice's own words about font sizes and a single bracketed heading", () => {
    expect(check(pageWidget, ["字号大小以三号仿宋为准。", "【打印】", "【工作要求】"])).toEqual([]);
  });
});

describe("page-widget and a how-to page's labels", () => {
  it("keeps 字号 alone as a how-to page's heading", () => {
    expect(check(pageWidget, ["字号", "标题一般用2号小标宋体字。"])).toEqual([]);
  });
});

describe("page-widget and a site speaking in a short line", () => {
  it("flags a template site's name, takedown notice and download offer", () => {
    const fs = check(pageWidget, ["本文来自百度文库", "文章来源于网络，如有侵权请联系删除", "下载积分：10", "Word下载"]);
    expect(fs.map((f) => f.paragraph)).toEqual([0, 1, 2, 3]);
  });

  it("keeps a notice's own sentence about infringement complaints", () => {
    expect(check(pageWidget, ["对侵犯知识产权的行为，权利人可向县市场监管局投诉。"])).toEqual([]);
  });
});
