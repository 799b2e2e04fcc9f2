import { check, texts } from "../testing";
import { brokenFigure } from "./brokenFigure";

describe("broken-figure", () => {
  it("flags a decimal with no integer part and a figure with no unit", () => {
    expect(texts(check(brokenFigure, ["年末常住人口达.18万人", "2018年末遂宁市常住人口达32018", "粮食产量比上年增长12.5；肉类总产量达到45万吨"]))).toEqual([".18", "32018", "12.5"]);
  });

  it("keeps figures with units, list items sharing a unit, versions and section numbers", () => {
    expect(check(brokenFigure, ["分别拉动经济增长0.2、6.3和0.7个百分点", "增长5.3%，达到120万元", "1.加强领导", "第3.1节", "www.gov.cn"])).toEqual([]);
  });
});
