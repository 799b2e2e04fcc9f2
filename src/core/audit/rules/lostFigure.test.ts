import { check, texts } from "../testing";
import { lostFigure } from "./lostFigure";

describe("lost-figure", () => {
  it("flags an ordinal with no number, a date that lost 年 and 月, and a space where a figure stood", () => {
    const lines = ["在第十八届人民代表大会第次会议上", "202338日在县人民代表大会上", "新建村级活动场所（室） 个，使全镇 个行政村达标"];
    expect(texts(check(lostFigure, lines))).toEqual(["第次", "202338日", " ", " "]);
    expect(check(lostFigure, lines)[0]?.message).toContain("序数");
  });

  it("keeps ordinals with numbers, dates in full, 次第, and spaces in letter-spaced titles or after labels", () => {
    const clean = ["第十八届第二次会议", "2023年3月8日", "鱼贯而入，次第展开", "政 府 工 作 报 告", "县长 陈永高", "第一条 为加强管理", "共 12 个单位"];
    expect(check(lostFigure, clean)).toEqual([]);
  });
});
