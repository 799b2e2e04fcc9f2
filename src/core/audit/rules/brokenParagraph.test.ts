import { check } from "../testing";
import { brokenParagraph } from "./brokenParagraph";

describe("broken-paragraph", () => {
  it("flags a paragraph that stops at a comma, and the paragraph that carries on its sentence", () => {
    expect(check(brokenParagraph, ["一方面，中央和省市县要求很严，", "另一方面，压力最大。"]).map((f) => f.paragraph)).toEqual([0, 1]);
  });

  it("leaves short salutations and finished paragraphs alone", () => {
    expect(check(brokenParagraph, ["亲爱的同学们，", "尊敬的各位领导，", "今年以来，全县经济平稳增长。"])).toEqual([]);
    expect(check(brokenParagraph, ["尊敬的各位领导、各位来宾、同志们，", "大家好！", "各位代表、各位委员、同志们，", "今天我们召开会议。"])).toEqual([]);
  });

  it("flags the paragraphs that carry on a sentence broken over several lines, up to the one that closes it", () => {
    const lines = ["请假条是因故不能上班时向领导、", "人事部门、", "说明请假原因", "的一种文书，", "应写明起止时间。", "请假条应写明事由。"];
    expect(check(brokenParagraph, lines).map((f) => f.paragraph)).toEqual([0, 1, 2, 3, 4]);
  });

  it("ends the chain at a numbered heading", () => {
    expect(check(brokenParagraph, ["会议期间请关闭手机、保持会场安静，", "二、会议地点", "县政府三楼会议室。"]).map((f) => f.paragraph)).toEqual([0]);
  });
});
