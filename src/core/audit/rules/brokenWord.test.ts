import { check } from "../testing";
import { brokenWord } from "./brokenWord";

const upper = "今年以来，我镇组织党员干部赴先进地区考察学习，借鉴其产业发展和基层治理的经验，建立";

describe("broken-word", () => {
  it("flags both halves of a sentence broken inside a word", () => {
    const fs = check(brokenWord, [upper, "起了长期结对帮扶机制。", "二、下一步打算"]);
    expect(fs.map((f) => f.paragraph)).toEqual([0, 1]);
  });

  it("flags a break before a modal that cannot open a sentence", () => {
    const fs = check(brokenWord, ["请各单位回去后，将会议精神及时传达到每一位干部职工，一定要认真抓好贯彻落实，有些具体工作", "能尽快落实的要抓紧落实。"]);
    expect(fs.map((f) => f.paragraph)).toEqual([0, 1]);
  });

  it("keeps a paragraph that only lost its full stop and a heading above its text", () => {
    const fs = check(brokenWord, [
      "写作时要直抒其事，做到语言简练、数据准确，不用“极大地调动了积极性”等报告性语言，要言之有物",
      "各乡镇根据本地情况，选择突出的工作写入总结。",
      "（一）强化组织领导，压实各级责任，确保各项工作落到实处，做到件件有着落",
      "了解群众诉求是做好工作的前提。",
      "能源保障方面，我们坚持多措并举，确保了全年供应稳定，没有发生断供",
      "能源结构持续优化。",
    ]);
    expect(fs).toEqual([]);
  });
});

describe("broken-word openings", () => {
  it("keeps a lower paragraph opening with a word that starts sentences (过去, 了解, 着力, 的确)", () => {
    const upper = "今年以来，我们坚持稳中求进工作总基调，统筹推进各项工作，经济社会发展取得新成效，群众获得感不断增强";
    for (const lower of ["过去一年，全县上下团结奋进。", "了解群众诉求是做好工作的前提。", "着力抓好项目建设。", "的确，任务仍然艰巨。"]) expect(check(brokenWord, [upper, lower])).toEqual([]);
  });
});

describe("broken-word on shorter paragraphs", () => {
  it("flags a break after a paragraph of a couple of dozen characters", () => {
    expect(check(brokenWord, ["今年以来，我县组织干部赴先进地区考察学习，借鉴经验，建立", "起了联防联控机制。"]).map((f) => f.paragraph)).toEqual([0, 1]);
  });
});

describe("broken-word and a word cut at the break", () => {
  it("flags a break inside a word whose end opens the next paragraph before a joining word", () => {
    expect(check(brokenWord, ["当前，我们要进一步充分调动全县广大干部群众干事创业的积极", "性和创造性，形成工作合力。"]).map((f) => f.paragraph)).toEqual([0, 1]);
  });
});
