import { readFileSync } from "node:fs";
import { join } from "node:path";
import { splitLines } from "../../document/snapshot";
import { check } from "../testing";
import { numbering } from "./numbering";

const seed = (f: string) => splitLines(readFileSync(join(__dirname, "../../../../tests/fixtures/seeds", f), "utf8"));

describe("numbering", () => {
  it("finds nothing wrong in the seeds' numbering", () => {
    expect(check(numbering, seed("000_44a230b6f9ec27ec.txt"))).toEqual([]);
    expect(check(numbering, seed("004_88f04c4c9db11306.txt"))).toEqual([]);
  });

  it("reads 1、 followed by a year as item 1, so the 2、 after it is in sequence", () => {
    expect(check(numbering, ["一、工作回顾", "1、2019年工作情况", "2、存在的问题"])).toEqual([]);
    expect(check(numbering, ["1.5倍的增幅", "2.存在的问题"]).map((f) => f.text)).toEqual(["2."]);
  });

  it("reports a gap once and resyncs: 一、二、四、五 flags 四 only", () => {
    const fs = check(numbering, ["一、甲", "二、乙", "四、丁", "五、戊"]);
    expect(fs.map((f) => f.text)).toEqual(["四、"]);
    expect(fs[0]?.message).toContain("缺少“三、”");
  });

  it("reports duplicates and restarts", () => {
    expect(check(numbering, ["一、甲", "二、乙", "二、丙"]).map((f) => f.message)).toEqual([expect.stringContaining("重复")]);
    const restart = check(numbering, ["一、甲", "二、乙", "一、丙"]);
    expect(restart.map((f) => [f.severity, f.text])).toEqual([["error", "一、"]]);
  });

  it("resets inner levels under each heading", () => {
    expect(check(numbering, ["一、甲", "（一）a", "（二）b", "二、乙", "（一）c", "1.x", "2.y", "（二）d", "1.z"])).toEqual([]);
    expect(check(numbering, ["一、甲", "（一）a", "（三）b"]).map((f) => f.text)).toEqual(["（三）"]);
  });

  it("checks 一是…二是 and 第一，第二 within and across paragraphs", () => {
    expect(check(numbering, ["一、总体", "一是要稳。二是要进。三是要好。"])).toEqual([]);
    expect(check(numbering, ["一、总体", "一是要稳。三是要好。"]).map((f) => f.text)).toEqual(["三是"]);
    expect(check(numbering, ["一、任务", "第一，要就业。", "第三，要社保。"]).map((f) => f.text)).toEqual(["第三，"]);
    expect(check(numbering, ["一、甲", "一是甲", "二是乙", "二、乙", "一是丙"])).toEqual([]);
  });

  it("does not read 统一是 or a year as numbering", () => {
    expect(check(numbering, ["一、甲", "思想统一是前提，2019.5月数据"])).toEqual([]);
  });
});

describe("numbering marks", () => {
  it("reads 一是 lists and restarts them under a new heading", () => {
    expect(check(numbering, ["一、甲", "一是甲", "三是乙"]).map((f) => f.text)).toEqual(["三是"]);
  });
});

describe("一是…二是 written after commas or before a placeholder", () => {
  it("counts 一是 followed by a placeholder, so 二是 is not reported", () => {
    expect(check(numbering, ["第一，汇报工作", "一是xx影响力获得新提升。", "二是经济发展实现新突破。"])).toEqual([]);
  });

  it("counts 二是 after a comma, so 三是 does not name a missing 二是 that is there", () => {
    expect(check(numbering, ["一、总体", "一是要稳，二是要进；三是要好。"])).toEqual([]);
    const fs = check(numbering, ["一、总体", "一是要稳，三是要好。"]);
    expect(fs.map((f) => f.message)).toEqual([expect.stringContaining("缺少“二是”")]);
  });

  it("counts the first item run into its heading after the colon, so the 2. below is in sequence", () => {
    expect(check(numbering, ["一、工作要求：1.提高认识。", "2.加强领导。", "二、保障措施：（一）落实责任。", "（二）强化督查。"])).toEqual([]);
    expect(check(numbering, ["一、工作要求：1.提高认识。", "3.加强领导。"]).map((f) => f.text)).toEqual(["3."]);
  });
});
