import { check, texts } from "../testing";
import { markdownMarkup } from "./markdownMarkup";

describe("markdown-markup", () => {
  it("flags the opening fence with its label and the closing fence", () => {
    const fs = check(markdownMarkup, ["```请假条", "请假条", "因家中有事，请假一天。", "```", "~~~"]);
    expect(fs.map((f) => f.paragraph)).toEqual([0, 3, 4]);
  });

  it("flags a heading's hashes and a table's rule row", () => {
    expect(texts(check(markdownMarkup, ["## 二、工作目标", "###三、保障措施", "|---|:---:|", "| 指标 | 目标值 |"]))).toEqual(["## ", "###", "|---|:---:|"]);
  });

  it("keeps lines that only hold a backtick, a tilde, a hash or dashes in the text", () => {
    expect(check(markdownMarkup, ["报名时间：3月1日~3月5日", "`编号`为必填项。", "#1号楼", "#乡村振兴# 我县举办丰收节。", "——2024年1月5日在县第十八届人民代表大会上", "---"])).toEqual([]);
  });
});
