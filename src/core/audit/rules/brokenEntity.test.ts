import { check, texts } from "../testing";
import { brokenEntity } from "./brokenEntity";

describe("broken-entity", () => {
  it("flags HTML character references a page failed to decode, whole or with the & lost", () => {
    expect(texts(check(brokenEntity, ["会议时间&nbsp;&nbsp;上午九时", "他说&ldquo;要抓落实&rdquo;", "会期2mdash;3天", "坚持&#8220;两个毫不动摇&#8221;", "全县&mdash&mdash各乡镇"]))).toEqual([
      "&nbsp;", "&nbsp;", "&ldquo;", "&rdquo;", "mdash;", "&#8220;", "&#8221;", "&mdash", "&mdash",
    ]);
  });

  it("flags line breaks printed as letters", () => {
    expect(texts(check(brokenEntity, ["公文的含义 x0dx0ax0dx0a公文就是公务文书。"]))).toEqual(["x0dx0ax0dx0a"]);
  });

  it("flags question marks left for characters the page could not encode", () => {
    expect(texts(check(brokenEntity, ["????????????", "?", "?2009年3月4日", "党委宣传部"]))).toEqual(["????????????", "?", "?"]);
    expect(check(brokenEntity, ["这是为什么?", "是否需要调整?请研究。"])).toEqual([]);
  });

  it("leaves ordinary text, Latin words and numbered items alone", () => {
    expect(check(brokenEntity, ["AT&T公司", "salt; pepper", "第#3号文件", "增长8%，其中“十四五”规划", "Office 2016 x64版本", "box0a"])).toEqual([]);
  });
});

describe("broken-entity and garbled text", () => {
  it("flags a paragraph of UTF-8 read as GBK and one holding replacement characters", () => {
    const utf8AsGbk = "鍏充簬鍋氬ソ闃叉睕宸ヤ綔鐨勯€氱煡锛屽悇涔￠晣銆�";
    expect(check(brokenEntity, [utf8AsGbk, "关于做好\uFFFD\uFFFD工作的通知", "关于做好防汛工作的通知"]).map((f) => f.paragraph)).toEqual([0, 1]);
  });

  it("keeps a paragraph with one such character alone", () => {
    expect(check(brokenEntity, ["古代兵器有锛、斧等。"])).toEqual([]);
  });
});
