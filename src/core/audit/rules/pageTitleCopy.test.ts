import { check } from "../testing";
import { pageTitleCopy } from "./pageTitleCopy";

const flagged = (lines: string[]) => check(pageTitleCopy, lines).map((f) => f.paragraph);
const body = "现在，我代表县人民政府向大会作工作报告，请予审议。";

describe("page-title-copy", () => {
  it("flags the site's title or column name right above the document's own title", () => {
    expect(flagged(["【苍南县招商】2019年苍南县政府工作报告", "政府工作报告", body])).toEqual([0]);
    expect(flagged(["主持词", "七一建党节政府机关表彰大会主持词", body])).toEqual([0]);
    expect(flagged(["市委书记在2022年老干部迎新春茶话会上的讲话发言", "市委书记在2022年老干部迎新春茶话会上的讲话", body])).toEqual([0]);
    expect(flagged(["中山街道2023年上半年政府工作报告", "中山街道2023年上半年政府工作报告", body])).toEqual([0]);
  });

  it("compares a title that a converted file ran into the salutation by the title alone", () => {
    expect(flagged(["2018在抗旱救灾工作会议上的讲话", "在抗旱救灾工作会议上的讲话同志们：", body])).toEqual([0]);
  });

  it("keeps the document's own masthead after the site's decorated copy of the page title", () => {
    expect(flagged(["湖南省人民政府办公厅文件", "时间：2019-05-14 10:45:55", "第一篇：湖南省人民政府办公厅文件", "湖南省人民政府办公厅文件", "湘政办发〔2009〕24号", body])).toEqual([0]);
  });

  it("keeps a collection's title above the title of its first part", () => {
    expect(flagged(["县长在全县经济工作会议上的讲话与县长在安委会上的讲话汇编", "县长在全县经济工作会议上的讲话", body])).toEqual([]);
  });

  it("flags a later copy of the title and keeps the first", () => {
    expect(flagged(["社区文明卫生倡议书", "各位社区居民：", "社区文明卫生倡议书", body])).toEqual([2]);
    expect(flagged(["国庆节放假几天？今年国庆节放假安排", body, "国庆节放假几天？今年国庆节放假安排", body])).toEqual([2]);
  });

  it("flags every copy when one wears a site decoration (篇一, 范文), except lines the site-line rule reports", () => {
    expect(flagged(["乡镇人大会，政府工作报告", "镇人代会政府工作报告", "篇一：乡镇人大会，政府工作报告"])).toEqual([0]);
    expect(flagged(["乡镇重点项目年度工作总结范文", "时间：2021-08-31", "一乡镇重点项目年度工作总结", body])).toEqual([2]);
  });

  it("flags a how-to page title once the text has begun, not as the document's title", () => {
    expect(flagged(["收入证明模板怎么写", "兹证明张三为我单位职工。", "三、会议主题", "公文的会议通知怎么写？"])).toEqual([3]);
  });

  it("keeps an issuer's name above its document's title, and related lines below the text's start", () => {
    expect(flagged(["溪山县人民政府", "溪山县人民政府关于做好春节放假工作的通知", "各乡镇人民政府：", "溪山县人民政府办公室", "溪山县人民政府"])).toEqual([]);
  });

  it("keeps repeated labels, salutations, headings and related titles that are not copies", () => {
    expect(
      flagged([
        "正文",
        "尊敬的领导：",
        "一、指导思想",
        "国庆节放假几天？今年国庆节放假安排",
        body,
        "国庆节放假几天？",
        "正文",
        "尊敬的领导：",
        "一、指导思想",
        "党委委员、副镇长：张三",
        "副镇长：李四",
        "离职证明的格式",
        body,
        "离职证明",
      ]),
    ).toEqual([]);
  });
});
