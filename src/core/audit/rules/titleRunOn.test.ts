import { check, texts } from "../testing";
import { titleRunOn } from "./titleRunOn";

describe("title-run-on", () => {
  it("flags a title run into the salutation at the head of a paragraph", () => {
    expect(texts(check(titleRunOn, ["在抗旱救灾工作会议上的讲话同志们：", "县长在全县经济工作会议上的讲话各位代表：现在，我代表县人民政府…"]))).toEqual([
      "在抗旱救灾工作会议上的讲话",
      "县长在全县经济工作会议上的讲话",
    ]);
  });

  it("leaves a salutation on its own line and the words in a sentence alone", () => {
    expect(check(titleRunOn, ["同志们：", "刚才，县长作了重要讲话。同志们，我们要抓好落实。", "听了报告，各位代表：请审议。", "在抗旱救灾工作会议上的讲话"])).toEqual([]);
  });
});

describe("title-run-on before the text's purpose", () => {
  it("flags a plan's title glued to the purpose that opens its text", () => {
    expect(texts(check(titleRunOn, ["1、溪山镇“美丽庭院”创建实施方案为深入贯彻落实县委部署，切实改善人居环境，制定本方案。"]))).toEqual(["1、溪山镇“美丽庭院”创建实施方案"]);
  });

  it("leaves a sentence whose subject is the plan, and a purpose after a comma, alone", () => {
    expect(check(titleRunOn, ["本方案为进一步规范管理而制定。", "经研究，制定实施方案为深入推进工作提供依据。", "县政府办公室印发通知为深入推进安全生产工作提供了依据。"])).toEqual([]);
  });
});
