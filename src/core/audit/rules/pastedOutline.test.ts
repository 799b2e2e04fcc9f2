import { check } from "../testing";
import { pastedOutline } from "./pastedOutline";

const text = ["为加强社区治理，制定本方案。", "一、总体要求", "坚持党建引领。", "二、重点任务", "（一）完善网格", "划细网格。", "三、保障措施", "加强领导。"];

describe("pasted-outline", () => {
  it("flags an outline whose headings all come again in the text, with or without page numbers", () => {
    expect(check(pastedOutline, ["提纲", "一、总体要求", "二、重点任务", "三、保障措施", ...text]).map((f) => f.paragraph)).toEqual([1, 2, 3]);
    expect(check(pastedOutline, ["一、总体要求……1", "二、重点任务……2", ...text]).map((f) => f.paragraph)).toEqual([0, 1]);
  });

  it("keeps a heading followed by its first subheading, and headings that do not recur", () => {
    expect(check(pastedOutline, text)).toEqual([]);
    expect(check(pastedOutline, ["一、总体要求", "二、工作目标", ...text])).toEqual([]);
    expect(check(pastedOutline, ["篇一", "各位家长：", "放假安排如下。", "1、放假时间", "2、注意事项", "篇二", "放假安排如下。", "1、放假时间", "2、注意事项"])).toEqual([]);
  });
});
