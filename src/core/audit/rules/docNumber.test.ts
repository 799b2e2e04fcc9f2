import { check, texts } from "../testing";
import { docNumber } from "./docNumber";

describe("doc-number", () => {
  it("flags a document number's year in brackets other than 〔〕", () => {
    const fs = check(docNumber, ["根据《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》（国办发„2009‟3号）精神", "按照常团字[2011]4号文件的要求", "湘政发（2018）5号"]);
    expect(texts(fs)).toEqual(["„2009‟", "[2011]", "（2018）"]);
    expect(fs[0]?.message).toContain("〔2009〕");
  });

  it("leaves correct numbers and other years in brackets alone", () => {
    expect(check(docNumber, ["（国办发明电〔2024〕12号）", "《方案（2023—2025年）》", "第十四个五年规划（2021年）第3号文件", "（2021）第5号民事判决"])).toEqual([]);
  });
});
