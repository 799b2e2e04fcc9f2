import type { RowInput } from "../table/schema";
import { runsIn } from "./described";
import { filledValues } from "./testing";

const fill = (line: string, rows: RowInput[]): (string | null)[] => filledValues(line, rows, { docYear: 2024 });

describe("a row the figure's own words describe without writing its name as one run", () => {
  it("is found with words between its parts (林地流转服务中心完成流转金额X亿元 → 林地流转金额)", () => {
    expect(fill("林地流转服务中心完成流转金额X亿元。", [{ name: "林地流转金额", value: 3.2, unit: "亿元" }])).toEqual(["3.2"]);
  });

  it("reads the thing counted after the unit (对X家养殖场实施了粪污改造 → 实施粪污改造养殖场)", () => {
    expect(fill("对X家养殖场实施了粪污改造。", [{ name: "实施粪污改造养殖场", value: 41, unit: "家" }])).toEqual(["41"]);
  });

  it("in another order, with the thing counted as a single character (X个村完成厕所改造 → 完成厕所改造的村)", () => {
    expect(fill("全乡X个村完成厕所改造。", [{ name: "完成厕所改造的村", value: 12, unit: "个" }])).toEqual(["12"]);
  });

  it("does not take a lone character found elsewhere (养殖专业户产值 is not 养殖业产值)", () => {
    expect(fill("养殖专业户产值X亿元。", [{ name: "养殖业总产值", value: 5, unit: "亿元" }])).toEqual([null]);
  });

  it("stops at the next item of a list (超3亿元企业X家、“小巨人”企业X家)", () => {
    const rows: RowInput[] = [{ name: "“小巨人”培育企业", value: 9, unit: "家" }];
    expect(fill("新增超3亿元企业X家、“小巨人”培育企业X家。", rows)).toEqual([null, "9"]);
  });

  it("never reads a part as the whole it is named from (农林牧渔服务业产值 is not 农林牧渔业总产值)", () => {
    expect(fill("农林牧渔服务业产值X亿元。", [{ name: "农林牧渔业总产值", value: 43, unit: "亿元" }])).toEqual([null]);
  });

  it("never reads a negated name (非公有制企业 is not 公有制企业)", () => {
    expect(fill("非公有制企业实现营收X亿元。", [{ name: "公有制企业营业收入", value: 70, unit: "亿元" }])).toEqual([null]);
  });

  it("leaves the figure blank when two different rows are described alike", () => {
    const rows: RowInput[] = [
      { name: "农机服务交易金额", value: 1, unit: "亿元" },
      { name: "服务中心交易金额", value: 2, unit: "亿元" },
    ];
    expect(fill("农机服务中心为农户办理交易金额X亿元。", rows)).toEqual([null]);
  });

  it("still refuses a row of another unit", () => {
    expect(fill("林地流转服务中心完成流转金额X亿元。", [{ name: "林地流转金额", value: 3, unit: "%" }])).toEqual([null]);
  });

  it("is not used where the words name a row as written (the written name decides)", () => {
    const rows: RowInput[] = [
      { name: "农作物播种面积", value: 300, unit: "万亩" },
      { name: "粮食作物播种面积", value: 200, unit: "万亩" },
    ];
    expect(fill("全年农作物播种面积X万亩。", rows)).toEqual(["300"]);
  });

  it("gives the change of a figure whose subject describes a growth row (楼宇实现总营收X亿元，同比增长X%)", () => {
    const rows: RowInput[] = [
      { name: "科创园商务楼宇总营收", value: 12.5, unit: "亿元" },
      { name: "科创园商务楼宇总营收增长速度", value: 8.1, unit: "%" },
    ];
    expect(fill("科创园3幢商务楼宇实现总营收X亿元，同比增长X%。", rows)).toEqual(["12.5", "8.1"]);
  });

  it("never gives the level for a change (岗位X个，比上年减少X个 with only the level row)", () => {
    expect(fill("全区新增就业岗位X个，比上年减少X个。", [{ name: "新增就业岗位", value: 900, unit: "个" }])).toEqual(["900", null]);
  });
});

describe("runsIn", () => {
  it("splits a name into the fewest runs found in the text, without overlap", () => {
    expect(runsIn("盘活资产村集体", "村集体沉睡资产得到有效盘活")).toEqual(["盘活", "资产", "村集体"]);
    expect(runsIn("增长增长", "增长")).toBeUndefined();
  });
});
