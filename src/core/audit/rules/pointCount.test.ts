import { check } from "../testing";
import { pointCount } from "./pointCount";

describe("point-count", () => {
  it("accepts “我谈四点意见” followed by four headings", () => {
    expect(check(pointCount, ["下面，我谈四点意见。", "一、a", "二、b", "三、c", "四、d"])).toEqual([]);
  });

  it("reports “我讲三点意见” followed by four headings", () => {
    const fs = check(pointCount, ["下面，我讲三点意见。", "一、a", "二、b", "三、c", "四、d"]);
    expect(fs.map((f) => f.text)).toEqual(["讲三点意见"]);
    expect(fs[0]?.message).toContain("4 个一级标题");
  });

  it("checks “以下四点” against the list after it", () => {
    expect(check(pointCount, ["一、担当", "要做到以下四点：", "一是甲。", "二是乙。", "三是丙。", "四是丁。", "二、廉政"])).toEqual([]);
    expect(check(pointCount, ["一、担当", "要做到以下四点：", "一是甲。", "二是乙。", "三是丙。", "二、廉政"]).map((f) => f.text)).toEqual(["以下四点"]);
  });

  it("leaves “讲以下三点” to the headings count, not to the list after it", () => {
    expect(check(pointCount, ["一、担当", "我讲以下三点：", "一是甲。", "二是乙。", "二、廉政"])).toEqual([]);
  });

  it("checks “三个方面的问题” against the headings and “以下两个方面” against the list", () => {
    expect(check(pointCount, ["我讲三个方面的问题：", "一、a", "二、b", "三、c"])).toEqual([]);
    expect(check(pointCount, ["我讲三个方面的问题：", "一、a", "二、b"]).map((f) => f.text)).toEqual(["讲三个方面的问题"]);
    expect(check(pointCount, ["一、担当", "重点抓好以下两个方面：", "一是甲。", "二是乙。", "三是丙。"]).map((f) => f.text)).toEqual(["以下两个方面"]);
  });
});
