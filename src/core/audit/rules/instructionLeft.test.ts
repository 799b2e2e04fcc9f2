import { check, texts } from "../testing";
import { instructionLeft } from "./instructionLeft";

describe("instruction-left", () => {
  it("reports 【此处…】, （此处填写…） and ____", () => {
    expect(texts(check(instructionLeft, ["【此处插入本地数据】", "（此处填写单位名称）", "联系人：____"]))).toEqual(["【此处插入本地数据】", "（此处填写单位名称）", "____"]);
  });

  it("leaves ordinary brackets alone", () => {
    expect(check(instructionLeft, ["【打击倒卖活动】", "（一）要带头秉公用权"])).toEqual([]);
  });
});
