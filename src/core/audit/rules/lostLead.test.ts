import data from "../../../data/divisions.json";
import { type DivisionData, buildDivisionIndex } from "../divisions";
import { check } from "../testing";
import { lostLead } from "./lostLead";

const divisions = buildDivisionIndex(data as DivisionData);

describe("lost-lead", () => {
  it("flags a numbered item that opens inside a word, before a joining or modal word", () => {
    const fs = check(lostLead, ["写法如下：", "1.写明事由。", "2.位或部门的名称。", "3.注明日期。"]);
    expect(fs.map((f) => f.paragraph)).toEqual([2]);
  });

  it("flags every item of a list two of whose items lost their start", () => {
    const fs = check(lostLead, ["填写要求：", "1.纸上方写明标题。", "2.项和要求写清楚。", "3.信要由负责人签字。", "（二）其他"]);
    expect(fs.map((f) => f.paragraph)).toEqual([1, 2, 3]);
  });

  it("keeps items that open with a whole word, and a word-character item alone", () => {
    expect(check(lostLead, ["1.项目建设要加快。", "2.分管领导要亲自抓。", "3.信要写清楚收件人。", "4.系统推进各项工作。"])).toEqual([]);
  });

  it("flags a paragraph opening with the end of a place name", () => {
    const fs = check(lostLead, ["鲁木齐县、各区人民政府：", "乌鲁木齐县人民政府：", "齐市场监管局要加强检查。"], { divisions });
    expect(fs.map((f) => f.paragraph)).toEqual([0]);
    expect(fs[0]?.message).toContain("乌鲁木齐县");
  });
});

describe("lost-lead and whole words", () => {
  it("keeps a list whose items open with words that are also nouns (门和窗, 纸和笔)", () => {
    expect(check(lostLead, ["1.门和窗要关好。", "2.纸和笔自备。", "3.信要按时寄出。"])).toEqual([]);
  });
});

describe("lost-lead item marks", () => {
  it("reads items numbered in brackets and circled numbers as lists too", () => {
    expect(check(lostLead, ["（1）位和个人均可申报。", "（2）按时报送。", "①项或多项均可。"]).map((f) => f.paragraph)).toEqual([0, 2]);
  });
});

describe("lost-lead beyond digit items", () => {
  it("reads items numbered 一、 and （一） and paragraphs with no number", () => {
    expect(check(lostLead, ["一、项和要求", "（一）位或个人均可申报", "位或个人均可向县局申请。", "单位或个人均可向县局申请。"]).map((f) => f.paragraph)).toEqual([0, 1, 2]);
  });
});

describe("lost-lead and place names", () => {
  it("reads a cut name only in an address, and never an end that is a word of its own", () => {
    const fs = check(lostLead, ["家庄市人民政府：", "家庄市场繁荣。", "工业园区建设取得新进展。", "城乡一体化示范区、各乡镇："], { divisions });
    expect(fs.map((f) => f.paragraph)).toEqual([0]);
  });
});

describe("lost-lead and characters that are verbs or nouns too", () => {
  it("keeps an item opening with 种 or 处 as words of their own", () => {
    expect(check(lostLead, ["1.种或养殖大户均可申报。", "2.处和科室负责人参加。"])).toEqual([]);
  });
});

describe("lost-lead and a labelled list", () => {
  it("flags items that lost their label in a list of labelled items", () => {
    const lines = ["请假条的格式：", "1. 一般为“请假条”三个字，居中书写。", "2. 称谓：顶格写领导的称呼。", "3. 这是请假条的主体，写明事由和时间。", "4. 结尾：写“请批准”。", "5. 落款：写明姓名和日期。"];
    expect(check(lostLead, lines).map((f) => f.paragraph)).toEqual([1, 3]);
  });

  it("keeps a plain last item of a notice and a list with few labels", () => {
    expect(check(lostLead, ["1.时间：3月1日。", "2.地点：县会议中心。", "3.人员：各乡镇分管领导。", "4.请各单位按时报送名单。"])).toEqual([]);
    expect(check(lostLead, ["1.时间：3月1日。", "2.是否参会请提前告知。", "3.一般为半天。"])).toEqual([]);
  });
});

describe("lost-lead and particles", () => {
  it("flags a paragraph or item opening with 的, 们 or 了 and keeps 的确 and 了解", () => {
    const fs = check(lostLead, ["的重要讲话精神，结合我县实际，制定本方案。", "1.们要按时参加。", "的确，任务十分艰巨。", "了解群众诉求是做好工作的前提。"]);
    expect(fs.map((f) => f.paragraph)).toEqual([0, 1]);
  });
});
