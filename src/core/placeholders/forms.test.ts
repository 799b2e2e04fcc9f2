import { scanParagraph } from "./scan";

const found = (text: string) => scanParagraph(text).map((h) => [h.text, h.form]);

describe("template forms without X markers", () => {
  it.each([
    ["【标题】", "【标题】"],
    ["【正文】", "【正文】"],
    ["【发文日期】", "【发文日期】"],
    ["【主送单位/个人】", "【主送单位/个人】"],
    ["[单位名称]", "[单位名称]"],
    ["兹证明[员工姓名]同志", "[员工姓名]"],
    ["（填写单位名称）", "（填写单位名称）"],
    ["致（姓名）：", "（姓名）"],
    ["（单位全称/发文机关）", "（单位全称/发文机关）"],
    ["因（原因）请假", "（原因）"],
    ["请假条（居中）", "（居中）"],
    ["（根据单位规定编写，如无则可不写）", "（根据单位规定编写，如无则可不写）"],
    ["地点：（具体会议室名称，如“第一会议室”、“XX路XX号”）", "（具体会议室名称，如“第一会议室”、“XX路XX号”）"],
  ])("%s → %s (an instruction, X inside swallowed)", (text, span) => {
    expect(found(text)).toEqual([[span, "instruction"]]);
  });

  it("reads a label right after a written figure as a note on it, not a field (10:00（北京时间）)", () => {
    expect(found("会议时间：2008年10月9日上午10:00（北京时间）")).toEqual([]);
    expect(found("会议时间：（开会时间）")).toEqual([["（开会时间）", "instruction"]]);
  });

  it("takes underscore blanks of any length, dates and years included", () => {
    expect(found("性别：__，民族：______")).toEqual([["__", "blank"], ["______", "blank"]]);
    expect(found("_月_日")).toEqual([["_", "blank"], ["_", "blank"]]);
    expect(found("党费交到20__年3月")).toEqual([["20__", "blank"]]);
    expect(found("下划线_用法")).toEqual([]);
  });

  it("takes empty brackets and quotation marks as blanks", () => {
    expect(found("同志于（）年")).toEqual([["（）", "instruction"]]);
    expect(found("【】")).toEqual([["【】", "instruction"]]);
    expect(found("推进“”工程")).toEqual([["“”", "blank"]]);
  });

  it("takes a mobile number's masked groups as one mask, and a lone * set off by spaces between Chinese words", () => {
    expect(found("联系方式：138-XXXX-XXXX")).toEqual([["XXXX-XXXX", "mask"]]);
    expect(found("中共 * 市 * 镇第四届代表大会")).toEqual([["*", "mask"], ["*", "mask"]]);
    // not a bullet at the line's start, nor a product of figures
    expect(found("* 会议时间")).toEqual([]);
    expect(found("面积为 30 * 40 米")).toEqual([]);
  });

  it("takes masked e-mail addresses whole", () => {
    expect(found("邮箱：xx@email.com")).toEqual([["xx@email.com", "mask"]]);
    expect(found("发送至XXX@XXX.com.cn")).toEqual([["XXX@XXX.com.cn", "mask"]]);
  });

  it("takes * masks next to Chinese text or a year, not between digits", () => {
    expect(found("林*同志")).toEqual([["*", "mask"]]);
    expect(found("总结20**年的工作")).toEqual([["20**", "mask"]]);
    expect(found("在*重庆市委领导下")).toEqual([["*", "mask"]]);
    expect(found("确定的“*”思路")).toEqual([["*", "mask"]]);
    expect(found("规格5898*2352")).toEqual([]);
  });

  it("takes a × between Chinese words as a mask, not a dimension or a product", () => {
    expect(found("以双招双引为×高质量发展注入动能")).toEqual([["×", "mask"]]);
    expect(found("长×宽：450×450（毫米）")).toEqual([]);
    expect(found("男子4×100米接力")).toEqual([]);
  });

  it("takes a single 某 before a title or 年, never 某些, 某种 or 某一", () => {
    expect(found("刚才，某同志总结了某年工作")).toEqual([["某", "mou"], ["某", "mou"]]);
    expect(found("某些药品，某种情况，某一领域，某年级")).toEqual([]);
    expect(found("某某同志")).toEqual([["某某", "mou"]]);
  });

  it("takes a single underscore after Chinese before a unit of count (放假共_天)", () => {
    expect(found("放假共_天")).toEqual([["_", "blank"]]);
    expect(found("file_name天")).toEqual([]);
  });

  it("takes a brief in ASCII brackets ([简述议题], [纪律/材料准备等])", () => {
    expect(found("会议内容：[简述议题]")).toEqual([["[简述议题]", "instruction"]]);
    expect(found("要求：[纪律/材料准备等]")).toEqual([["[纪律/材料准备等]", "instruction"]]);
    expect(found("见文献[张三等]")).toEqual([]);
  });

  it("leaves an aside giving examples (（如“各职能处室”）) as text, and reads the X inside it", () => {
    expect(found("直接写被通知对象（如“各职能处室”“全体干部职工”）")).toEqual([]);
    expect(found("地点（如“XX酒店三楼会议室”）")).toEqual([["XX", "marker"]]);
    expect(found("（如“第一会议室”，在此填写）")).toEqual([["（如“第一会议室”，在此填写）", "instruction"]]);
  });
});

describe("the small Roman numeral ⅹ", () => {
  it("is a marker doubled, and the numeral alone", () => {
    expect(found("标题：关于ⅹⅹ的倡议书")).toEqual([["ⅹⅹ", "marker"]]);
    expect(found("第ⅹ条")).toEqual([]);
  });
});

describe("units and places", () => {
  it.each([
    ["在X个工作日内", "个工作日"],
    ["接待游客X万人次", "万人次"],
    ["提高X个百分点", "个百分点"],
  ])("%s keeps the unit %s whole", (text, unit) => {
    expect(scanParagraph(text)[0]?.unit).toBe(unit);
  });

  it.each(["乡", "镇", "街道", "村", "社区"])("某某%s is a place below the county, titled %s", (unit) => {
    expect(scanParagraph(`某某${unit}党委`)[0]).toMatchObject({ text: "某某", kind: "place", title: unit });
  });
});
