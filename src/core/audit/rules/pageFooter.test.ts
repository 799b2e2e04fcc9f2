import { check, texts } from "../testing";
import { pageFooter } from "./pageFooter";

describe("page-footer", () => {
  it("flags a PDF page footer glued into a paragraph", () => {
    expect(texts(check(pageFooter, ["头部平台已开始将售后服务纳入战略布局，例如推出第1页共18页“1对1专属班主任”", "全县共完成投资12亿元，共10页第3页，同比增长8%"]))).toEqual(["第1页共18页", "共10页第3页"]);
  });

  it("leaves a footer alone on its line to the site-line rule, and ordinary page counts alone", () => {
    expect(check(pageFooter, ["第3页 共12页", "材料共3页，请于周五前报送。", "详见第5页。"])).toEqual([]);
  });
});
