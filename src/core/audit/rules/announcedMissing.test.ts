import { check, texts } from "../testing";
import { announcedMissing } from "./announcedMissing";

describe("announced-missing", () => {
  it("flags an announcement that ends its section", () => {
    const lines = ["一、工作目标", "摸清家底。", "二、组织领导", "办事处成立领导小组，组成人员如下：", "三、工作任务"];
    expect(texts(check(announcedMissing, lines))).toEqual(["如下："]);
  });

  it("flags a writing instruction where the announced content should be", () => {
    const fs = check(announcedMissing, ["我们特此发起以下倡议：", "倡议内容具体化，分条列出，如开展某项活动、做哪些事情等。"]);
    expect(fs.map((f) => f.paragraph)).toEqual([1]);
  });

  it("keeps announcements followed by their list, a table, a first item or the document's sections", () => {
    expect(
      check(announcedMissing, [
        "根据上级指示精神，特制定如下方案：",
        "一、工作目标",
        "二、组织领导",
        "组成人员如下：",
        "组长：张三",
        "三、放假安排",
        "经研究决定，端午节放假安排如下：",
        "1、放假时间为6月10日。",
        "2、值班安排另行通知。",
        "现将有关事宜通知如下：",
        "（一）会议时间",
        "四、其他",
      ]),
    ).toEqual([]);
  });
});
