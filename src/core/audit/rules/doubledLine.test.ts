import { check } from "../testing";
import { doubledLine } from "./doubledLine";

describe("doubled-line", () => {
  it("flags a paragraph that is one text written twice", () => {
    const fs = check(doubledLine, ["项目四商务会议文书任务二商务会议通知项目四商务会议文书任务二商务会议通知", "关于召开年度总结会议的通知 关于召开年度总结会议的通知"]);
    expect(fs.map((f) => f.paragraph)).toEqual([0, 1]);
  });

  it("keeps short repeats and text that only starts like its end", () => {
    expect(check(doubledLine, ["谢谢！谢谢！", "同志们，同志们", "学习学习再学习", "加强领导，加强领导班子建设"])).toEqual([]);
  });
});
