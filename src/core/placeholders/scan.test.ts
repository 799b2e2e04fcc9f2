import { snapshotFromLines } from "../document/snapshot";
import { scanParagraph, scanSnapshot } from "./scan";

const one = (text: string) => {
  const hits = scanParagraph(text);
  expect(hits).toHaveLength(1);
  return hits[0] as NonNullable<(typeof hits)[0]>;
};
const spans = (text: string) => scanParagraph(text).map((h) => [h.text, h.kind]);

describe("marker placeholders", () => {
  it.each([
    ["城镇新增就业X万", "X", "quantity", "万"],
    ["失业率控制在X%之内", "X", "percent", "%"],
    ["新增就业X人", "X", "quantity", "人"],
    ["引进X名高端人才", "X", "quantity", "名"],
    ["查处X件", "X", "quantity", "件"],
    ["完成投资X亿元", "X", "quantity", "亿元"],
    ["提高X个百分点", "X", "points", "个百分点"],
    ["增长X倍", "X", "quantity", "倍"],
    ["培训X万人次", "X", "quantity", "万人次"],
    ["事项95X项", "95X", "quantity", "项"],
    ["达到9X%", "9X", "percent", "%"],
    ["增长X.X%", "X.X", "percent", "%"],
    ["总额XX.X亿元", "XX.X", "quantity", "亿元"],
    ["培训x万人", "x", "quantity", "万人"],
    ["新增Ｘ万", "Ｘ", "quantity", "万"],
    ["新增××万", "××", "quantity", "万"],
    ["新增╳万", "╳", "quantity", "万"],
    ["我讲X点意见", "X", "quantity", "点"],
  ])("%s → %s (%s, unit %s)", (text, marker, kind, unit) => {
    const h = one(text);
    expect([h.text, h.kind, h.unit]).toEqual([marker, kind, unit]);
    expect(text.slice(h.start, h.end)).toBe(marker);
  });

  it("reads 多 and 余 as a rounded-down approximation between number and unit", () => {
    expect(one("追讨工资X多万元")).toMatchObject({ text: "X", unit: "万元", approx: "多" });
    expect(one("为X余名劳动者")).toMatchObject({ text: "X", unit: "名", approx: "余" });
  });

  it.each([
    ["X局长对人社工作进行了汇报", "局长"],
    ["X书记说", "书记"],
    ["X市长说", "市长"],
    ["XX同志全面总结了工作", "同志"],
    ["××副局长", "副局长"],
  ])("%s is a person with title %s", (text, title) => {
    expect(one(text)).toMatchObject({ kind: "person", title });
  });

  it.each([
    ["建立统一的X市城乡居民社会养老保险", "X"],
    ["在X崛起危难之际", "X"],
    ["重塑X形象", "X"],
    ["X自古以来就是交汇之地", "X"],
    ["把X人力资源社会保障工作推上新台阶", "X"],
    ["××县委", "××"],
  ])("%s is a place", (text, marker) => {
    expect(one(text)).toMatchObject({ kind: "place", text: marker });
  });

  it("reads “X英才工程” as the name of a programme", () => {
    expect(one("积极推进“X英才工程”")).toMatchObject({ kind: "programme", text: "X" });
  });

  it("reads years, months and days as dates and groups a written-out date", () => {
    expect(one("20XX年工作")).toMatchObject({ kind: "date", text: "20XX", unit: "年" });
    const parts = scanParagraph("于XXXX年XX月XX日召开");
    expect(parts.map((h) => [h.text, h.unit])).toEqual([["XXXX", "年"], ["XX", "月"], ["XX", "日"]]);
    expect(new Set(parts.map((h) => h.group)).size).toBe(1);
    const md = scanParagraph("X月X日前完成，X月底");
    expect(md.map((h) => h.kind)).toEqual(["date", "date", "date"]);
    expect(md[0]?.group).toBe(md[1]?.group);
    expect(md[2]?.group).not.toBe(md[0]?.group);
  });

  it("keeps a bare X a placeholder when the sentence names no sibling model (XR, XS) beside it", () => {
    expect(spans("用XML格式报送X份材料")).toEqual([["X", "quantity"]]);
    expect(spans("邀请XX教授作专题讲座").map(([t]) => t)).toEqual(["XX"]);
    expect(spans("年龄XX-XX岁").map(([t]) => t)).toEqual(["XX", "XX"]);
  });

  it("marks 第X届 as an ordinal", () => {
    expect(one("第X届运动会")).toMatchObject({ text: "X", unit: "届", ordinal: true, kind: "quantity" });
  });

  it("gives each placeholder its clause and sentence", () => {
    const [employment, rate] = scanParagraph("去年全市城镇新增就业X万，城镇失业率控制在X%之内。今年");
    expect(employment?.clause.text).toBe("去年全市城镇新增就业X万");
    expect(rate?.clause.text).toBe("城镇失业率控制在X%之内");
    expect(rate?.sentence.text).toBe("去年全市城镇新增就业X万，城镇失业率控制在X%之内");
  });

  it("splits clauses at the enumeration comma 、", () => {
    const hits = scanParagraph("查处未参保X件、未签订合同X件");
    expect(hits.map((h) => h.clause.text)).toEqual(["查处未参保X件", "未签订合同X件"]);
  });
});

describe("other placeholder forms", () => {
  it.each([
    ["请某某同志发言", "某某", "person"],
    ["某某某负责", "某某某", "text"],
    ["○○市人社局", "○○", "place"],
    ["□□同志", "□□", "person"],
    ["【此处插入本地就业数据】", "【此处插入本地就业数据】", "text"],
    ["（此处填写单位名称）", "（此处填写单位名称）", "text"],
    ["联系人：____", "____", "text"],
    ["联系人：＿＿＿＿", "＿＿＿＿", "text"],
    ["电话：XXXX-XXXXXXX", "XXXX-XXXXXXX", "text"],
    ["邮箱：xxx@xxx.com", "xxx@xxx.com", "text"],
  ])("%s → %s", (text, marker, kind) => {
    expect(one(text)).toMatchObject({ text: marker, kind });
  });

  it("keeps an X inside an instruction as part of the instruction", () => {
    expect(spans("【此处填写X万】")).toEqual([["【此处填写X万】", "text"]]);
  });
});

describe("scan problems", () => {
  it("reports a placeholder too long for Word's 255-character search as data, not an exception", () => {
    const blank = "_".repeat(300);
    const r = scanSnapshot(snapshotFromLines(["正常X万", `填写：${blank}`]));
    expect(r.placeholders).toHaveLength(2);
    expect(r.problems).toEqual([
      expect.objectContaining({ code: "search_text_too_long", paragraph: 1, start: 3, end: 303 }),
    ]);
    expect(r.problems[0]?.message).toMatch(/255/);
  });
});

describe("units of statistics tables", () => {
  it.each([
    ["人工造林X公顷", "公顷"],
    ["生猪出栏X万头", "万头"],
    ["家禽出栏X只", "只"],
    ["出口总额X亿美元", "亿美元"],
    ["PM10平均浓度X微克/立方米", "微克/立方米"],
    ["能源消费总量X万吨标准煤", "万吨标准煤"],
    ["全社会用电量X万千瓦时", "万千瓦时"],
  ])("%s has the unit %s", (text, unit) => {
    const [h] = scanParagraph(text);
    expect(h).toMatchObject({ kind: "quantity", unit });
  });
});
