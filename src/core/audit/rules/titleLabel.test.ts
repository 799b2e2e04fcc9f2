import { check } from "../testing";
import { titleLabel } from "./titleLabel";

describe("title-label", () => {
  it("flags every 标题： line whose title is printed again", () => {
    const fs = check(titleLabel, ["标题： 社区开展邻里互助活动工作总结 [打印本页]", "作者： 网友", "标题： 社区开展邻里互助活动工作总结", "社区开展邻里互助活动工作总结", "今年以来，社区…"]);
    expect(fs.map((f) => f.paragraph)).toEqual([0, 2]);
  });

  it("flags a 标题： label above the same title", () => {
    expect(check(titleLabel, ["标题：关于开展春季植树活动的通知", "关于开展春季植树活动的通知"]).map((f) => f.paragraph)).toEqual([0]);
  });

  it("keeps a how-to page's explanation of the title", () => {
    expect(check(titleLabel, ["标题：居中写《请假条》，字体稍大。", "称谓：顶格写收条人的称呼。"])).toEqual([]);
  });
});

describe("title-label and a how-to page's sample", () => {
  it("keeps a 标题： field whose sample title comes much further down", () => {
    const lines = ["标题：关于召开年度工作会议的通知", "主送机关：顶格写。", "正文：写明会议事项。", "落款：写明发文机关。", "成文日期：写明日期。", "范例如下：", "关于召开年度工作会议的通知"];
    expect(check(titleLabel, lines)).toEqual([]);
  });
});
