import { check } from "../testing";
import { markdownFence } from "./markdownFence";

describe("markdown-fence", () => {
  it("flags the opening fence with its label and the closing fence", () => {
    const fs = check(markdownFence, ["```请假条", "请假条", "因家中有事，请假一天。", "```", "~~~"]);
    expect(fs.map((f) => f.paragraph)).toEqual([0, 3, 4]);
  });

  it("keeps lines that only hold a backtick or a tilde in the text", () => {
    expect(check(markdownFence, ["报名时间：3月1日~3月5日", "`编号`为必填项。"])).toEqual([]);
  });
});
