import { check } from "../testing";
import { repeatedWord } from "./repeatedWord";

describe("repeated-word", () => {
  it("warns on 落实落实 and 的的", () => {
    expect(check(repeatedWord, ["要抓好落实落实工作", "我们的的任务"]).map((f) => [f.severity, f.text])).toEqual([
      ["warning", "落实落实"],
      ["warning", "的的"],
    ]);
  });

  it("leaves a unit followed by its head's title alone (各乡镇乡镇长, 各街道街道办主任)", () => {
    expect(check(repeatedWord, ["各乡镇乡镇长要亲自抓", "各街道街道办主任", "各部门部门负责人"])).toEqual([]);
    expect(check(repeatedWord, ["各乡镇乡镇要抓好落实", "党政务政务干部大会"]).map((f) => f.text)).toEqual(["乡镇乡镇", "政务政务"]);
  });

  it("leaves 对对方 alone: the second 对 starts 对方", () => {
    expect(check(repeatedWord, ["表示对对方的友好", "要对对象进行核实"])).toEqual([]);
  });

  it("warns on 们们 (同志们们)", () => {
    expect(check(repeatedWord, ["祝同志们们节日愉快"]).map((f) => f.text)).toEqual(["们们"]);
  });

  it("treats 研究研究 as intended (info at most)", () => {
    expect(check(repeatedWord, ["下来后我们研究研究"]).map((f) => f.severity)).toEqual(["info"]);
  });

  it("leaves 常常, 天天, 人人, 是是非非 alone", () => {
    expect(check(repeatedWord, ["常常开会，天天学习，人人有责", "分清是是非非"])).toEqual([]);
  });
});
