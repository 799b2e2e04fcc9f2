import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";
import { filledValues } from "./testing";

function fill(line: string, rows: RowInput[]): (string | null)[] {
  const snap = snapshotFromLines([line]);
  const ps = planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), { docYear: 2024 });
  return ps.map((p) => (p.status === "fill" ? p.value : null));
}

const rows: RowInput[] = [{ name: "进出口总额增长速度", value: 9.8, unit: "%" }];

describe("a bare change word after a figure whose level has no row", () => {
  it("is the growth of what the figure before names, written in digits (进出口总额突破9万亿元、增长X%)", () => {
    expect(fill("进出口总额突破9万亿元、增长X%。", rows)).toEqual(["9.8"]);
  });

  it("of a count named by its unit (其中：企业X户，增长X% → 企业户数增长速度), past 2024年末各类 before the subject", () => {
    const rows: RowInput[] = [
      { name: "市场主体户数", value: 30000, unit: "户" },
      { name: "市场主体户数增长速度", value: 12.5, unit: "%" },
      { name: "企业户数", value: 5000, unit: "户" },
      { name: "企业户数增长速度", value: 10.6, unit: "%" },
    ];
    expect(fill("2024年末各类市场主体X户，同比增长X%；其中：企业X户，增长X%。", rows)).toEqual(["30000", "12.5", "5000", "10.6"]);
  });

  it("never takes a count's level for its change (年末户籍人口X人，比上年新增X人 without a change row)", () => {
    expect(fill("年末户籍人口X人，比上年新增X人。", [{ name: "年末户籍人口", value: 273393, unit: "人" }])).toEqual(["273393", null]);
    expect(fill("其中：企业X户，增长X%。", [{ name: "企业户数", value: 5000, unit: "户" }])).toEqual(["5000", null]);
  });

  it("past a rank remark, and a bare 增速 is a change too (完成X亿元，居全市第X位，增速X%，全市排名第9位)", () => {
    const rows: RowInput[] = [
      { name: "地区生产总值", value: 200.5, unit: "亿元", region: "上党区" },
      { name: "地区生产总值增长速度", value: 3.1, unit: "%", region: "上党区" },
    ];
    const line = "我区地区生产总值完成X亿元，居全市第X位，增速X%，全市排名第9位。";
    expect(filledValues(line, rows, { docYear: 2024, region: "上党区" })).toEqual(["200.5", null, "3.1"]);
    // the rank's 全市 is where the figure stands, not whose it is; a figure of the 市 itself still needs the 市's row
    expect(filledValues("全市地区生产总值增速X%。", rows, { docYear: 2024, region: "上党区" })).toEqual([null]);
    // 全市第一产业 is the 市's 第一产业, no rank
    const sector: RowInput[] = [{ name: "第一产业增加值", value: 31.8, unit: "亿元", region: "上党区" }];
    expect(filledValues("全市第一产业增加值X亿元。", sector, { docYear: 2024, region: "上党区" })).toEqual([null]);
  });

  it("or as a placeholder (进出口总额X亿元，同比增长X%)", () => {
    expect(fill("进出口总额X亿元，同比增长X%。", rows)).toEqual([null, "9.8"]);
  });

  it("after a signed rate in ‰, in 个千分点 (人口自然增长率为-1.42‰，比上年下降X个千分点)", () => {
    const rate: RowInput[] = [{ name: "人口自然增长率比上年增减", value: -0.85, unit: "个千分点" }];
    expect(fill("全年死亡人口X人，人口自然增长率为-1.42‰，比上年下降X个千分点。", rate)).toEqual([null, "0.85"]);
  });

  it("reads 较上年新增X人 after a count as its increase (户籍人口比上年增加)", () => {
    const count: RowInput[] = [
      { name: "年末户籍人口", value: 318640, unit: "人" },
      { name: "户籍人口比上年增加", value: 2210, unit: "人" },
    ];
    expect(fill("年末全县户籍人口X人，较上年新增X人。", count)).toEqual(["318640", "2210"]);
  });

  it("not when something else is named between (进出口总额9万亿元，出口增长X%)", () => {
    expect(fill("进出口总额突破9万亿元，出口增长X%。", rows)).toEqual([null]);
  });

  it("not through a loose name (农村居民收入 ~ 农村常住居民收入)", () => {
    expect(fill("农村居民收入3万元，增长X%。", [{ name: "农村常住居民收入增长速度", value: 9, unit: "%" }])).toEqual([null]);
  });
});

describe("of growth rows that read alike, the one named as the subject is written", () => {
  const budget: RowInput[] = [
    { name: "一般公共预算总收入", value: 21.5, unit: "亿元" },
    { name: "一般公共预算总收入增长速度", value: -2.3, unit: "%" },
    { name: "地方一般公共预算收入", value: 14.2, unit: "亿元" },
    { name: "地方一般公共预算收入增长速度", value: 6.8, unit: "%" },
  ];

  it("takes 总收入's growth after 一般公共预算总收入 and 地方…收入's after 地方一般公共预算收入", () => {
    expect(fill("全年实现一般公共预算总收入X亿元，同比下降X%。其中：地方一般公共预算收入X亿元，增长X%。", budget)).toEqual(["21.5", "2.3", "14.2", "6.8"]);
  });

  it("stays blank when neither growth row is named as written", () => {
    const rows2 = budget.filter((r) => r.name !== "一般公共预算总收入增长速度");
    expect(fill("全年实现一般公共预算总收入X亿元，同比下降X%。", rows2)[1]).not.toBe("6.8");
  });
});

describe("a change written after how it is measured, or after another change", () => {
  const gdp: RowInput[] = [
    { name: "地区生产总值", value: 120, unit: "亿元" },
    { name: "地区生产总值增长速度", value: 8.1, unit: "%" },
    { name: "地区生产总值两年平均增长速度", value: 6.2, unit: "%" },
  ];

  it("reads past 按现价计算 and （以下简称同比）, and past the year before the subject", () => {
    expect(fill("2021年地区生产总值X亿元，按现价计算同比增长X%。", gdp)).toEqual(["120", "8.1"]);
    expect(fill("地区生产总值X亿元，按2020年不变价格计算比上年（以下简称同比）增长X%。", gdp)).toEqual(["120", "8.1"]);
  });

  it("gives 两年平均增长 the average row, past the year's change, and never the year's growth", () => {
    expect(fill("地区生产总值X亿元，同比增长X%，两年平均增长X%。", gdp)).toEqual(["120", "8.1", "6.2"]);
    expect(fill("地区生产总值X亿元，同比增长X%，两年平均增长X%。", gdp.slice(0, 2))).toEqual(["120", "8.1", null]);
  });

  it("reads a growth after a count's change as the count's growth (常住人口X万人，比上年增加X万人，增长X%)", () => {
    const people: RowInput[] = [
      { name: "常住人口", value: 50, unit: "万人" },
      { name: "常住人口增长速度", value: 1.2, unit: "%" },
    ];
    expect(fill("常住人口X万人，比上年增加X万人，增长X%。", people)).toEqual(["50", null, "1.2"]);
  });
});

describe("a change in a count, past a figure in another unit", () => {
  const rows: RowInput[] = [
    { name: "新办企业", value: 420, unit: "户" },
    { name: "新办企业注册资本", value: 12.5, unit: "亿元" },
    { name: "新办企业比上年同期增加", value: 96, unit: "户" },
    { name: "新办企业增长速度", value: 29.6, unit: "%" },
    { name: "注册资本增长速度", value: 8.8, unit: "%" },
  ];

  it("takes the count's change and growth, not the capital's (新办企业X户，注册资本X亿元，比去年同期增加X户，同比增长X%)", () => {
    expect(fill("1-5月新办企业X户，注册资本X亿元，比去年同期增加X户，同比增长X%。", rows)).toEqual(["420", "12.5", "96", "29.6"]);
  });

  it("still gives a growth right after the capital to the capital", () => {
    expect(fill("新办企业X户，注册资本X亿元，同比增长X%。", rows)).toEqual(["420", "12.5", "8.8"]);
  });
});
