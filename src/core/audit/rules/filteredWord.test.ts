import { check, texts } from "../testing";
import { filteredWord } from "./filteredWord";

describe("filtered-word", () => {
  it("flags a tilde standing for a word between words or at a clause end", () => {
    expect(texts(check(filteredWord, ["要把~精神落到实处", "全面落实～精神，推动发展", "确保全年各项目标任务~。", "认真学习~~的重要讲话"]))).toEqual(["~", "～", "~", "~~"]);
  });

  it("leaves ranges of numbers, dates, weekdays and times alone", () => {
    expect(check(filteredWord, ["每次3~5天", "周一~周五上班", "一~三年级学生", "8:00~12:00办公", "2023年~2025年", "5月~6月", "增长3%~5%"])).toEqual([]);
  });

  it("leaves a tilde in Latin text or at the end of a friendly message alone", () => {
    expect(check(filteredWord, ["path ~/docs", "a~b"])).toEqual([]);
  });
});

describe("filtered-word: a filter's note", () => {
  it("flags （单字替换） left where a word was replaced", () => {
    expect(texts(check(filteredWord, ["我们弘扬伟大建（单字替换）精神"]))).toEqual(["（单字替换）"]);
    expect(check(filteredWord, ["按照（试行）办法执行"])).toEqual([]);
  });
});
