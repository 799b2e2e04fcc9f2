import { check, texts } from "../testing";
import { blankDate } from "./blankDate";

describe("blank-date", () => {
  it("flags a date with no month or day written", () => {
    expect(texts(check(blankDate, ["2014年 月 日", "——年月日在山西河津第二届人民代表大会第三次会议上", "出具日期：[年月日"]))).toEqual(["年 月 日", "年月日", "年月日"]);
  });

  it("starts the finding at 年, after the year's digits or the mark before it", () => {
    expect(check(blankDate, ["2014年 月 日", "日期：年月日"]).map((f) => f.start)).toEqual([4, 3]);
  });

  it("leaves written dates alone", () => {
    expect(check(blankDate, ["2014年3月5日", "二〇二四年三月十五日", "每年5月1日", "按年、月、日顺序排列", "入职及离职日期（精确到年月日）"])).toEqual([]);
  });
});
