import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";
import type { FillOptions, Proposal } from "./types";

const table = (rows: RowInput[]) => TableSchema.parse({ format: "draftkit-table", version: 1, rows });
function fill(lines: string[], rows: RowInput[], options: FillOptions = {}): Proposal[] {
  const snap = snapshotFromLines(lines);
  return planFills(snap, scanSnapshot(snap).placeholders, table(rows), { docYear: 2026, ...options });
}
const written = (p: Proposal | undefined): string | null => (p && p.status === "fill" ? p.value : null);

describe("a refusal never promotes a weaker row", () => {
  it("offers an exact value for X余 unticked instead of filling another row named in the sentence", () => {
    const rows: RowInput[] = [
      { name: "追讨工资惠及劳动者", aliases: ["劳动者"], value: 1200, unit: "人" },
      { name: "追讨工资金额", aliases: ["追讨工资"], value: 23456000, unit: "元" },
      { name: "为劳动者服务", value: 800, unit: "人" },
    ];
    const [p] = fill(["为劳动者服务，为X余名劳动者追讨工资"], rows);
    expect(p).toMatchObject({ status: "conflict", value: null });
    expect(p?.why.code).toBe("offered_approx");
    expect(p?.candidates[0]).toMatchObject({ value: "1200" });
    expect(p?.reason).toContain("余");
  });

  it("keeps the digit-disagreeing row refused rather than taking the next one", () => {
    const rows: RowInput[] = [
      { name: "清理事项", value: 870, unit: "项" },
      { name: "行政权力", value: 953, unit: "项" },
    ];
    expect(fill(["行政权力清理事项95X项"], rows)[0]).toMatchObject({ status: "conflict", value: null });
  });
});

describe("the nearest mention in the clause decides", () => {
  const rows: RowInput[] = [
    { name: "规模以上工业企业研发经费内部支出", value: 512, unit: "万元" },
    { name: "高新技术企业", aliases: ["高企"], value: 37, unit: "家" },
  ];

  it("lets a short alias right before the placeholder beat a long name far away", () => {
    const [p] = fill(["规模以上工业企业研发经费内部支出稳步增长，带动新认定高企X家"], rows);
    expect(written(p)).toBe("37");
  });

  it("uses a sentence-level mention only when the clause names nothing, nearest first", () => {
    const [p] = fill(["高新技术企业，全年达到X家"], rows);
    expect(written(p)).toBe("37");
  });

  it("gives each placeholder of a long sentence the row written before it", () => {
    const r: RowInput[] = [
      { name: "城镇新增就业", value: 23456, unit: "人" },
      { name: "城镇登记失业率", aliases: ["失业率"], value: 3.2, unit: "%" },
    ];
    const ps = fill(["全市城镇新增就业X万人、城镇登记失业率X%"], r);
    expect(ps.map(written)).toEqual(["2.35", "3.2"]);
  });
});

describe("names in real tables", () => {
  it("matches word-order variants and affixes, precision first", () => {
    expect(written(fill(["新增城镇就业X人"], [{ name: "城镇新增就业人数", value: 5210, unit: "人" }])[0])).toBe("5210");
    expect(written(fill(["一般公共预算收入X亿元"], [{ name: "地方一般公共预算收入", value: 12.3, unit: "亿元" }])[0])).toBe("12.3");
    const both: RowInput[] = [
      { name: "一般公共预算收入", value: 20.1, unit: "亿元" },
      { name: "地方一般公共预算收入", value: 12.3, unit: "亿元" },
    ];
    expect(written(fill(["地方一般公共预算收入X亿元"], both)[0])).toBe("12.3");
    expect(written(fill(["一般公共预算收入X亿元"], both)[0])).toBe("20.1");
  });

  it("reads 面积/资金 as affixes the unit already says, and 营收/技改/个体户 as their full words", () => {
    expect(written(fill(["出让工业用地X亩"], [{ name: "工业用地出让面积", value: 1411.6, unit: "亩" }])[0])).toBe("1411.6");
    expect(written(fill(["全年粮食播种面积X万亩"], [{ name: "粮食作物播种面积", value: 726760, unit: "亩" }])[0])).toBe("72.68");
    expect(written(fill(["拨付就业补助X万元"], [{ name: "拨付就业补助资金", value: 1490, unit: "万元" }])[0])).toBe("1490");
    expect(written(fill(["完成限上服务业营收X亿元"], [{ name: "限额以上服务业营业收入", value: 67.5, unit: "亿元" }])[0])).toBe("67.5");
    expect(written(fill(["规模以上固定资产投资完成额增长X%"], [{ name: "规模以上固定资产投资增长速度", value: 11.5, unit: "%" }])[0])).toBe("11.5");
    // 面积 dropped never joins two different figures: the unit still has to agree.
    expect(written(fill(["粮食播种面积X吨"], [{ name: "粮食播种面积", value: 5, unit: "亩" }])[0])).toBeNull();
  });

  it("reads 上涨幅度 and 增长幅度 as growth (居民消费价格比上年上涨X% → 居民消费价格上涨幅度)", () => {
    expect(written(fill(["全年居民消费价格比上年上涨X%"], [{ name: "居民消费价格上涨幅度", value: 0.4, unit: "%" }])[0])).toBe("0.4");
  });

  it("hints at the alias to add when no row is named", () => {
    const [p] = fill(["引进高端人才X名"], [{ name: "引进人才", value: 126, unit: "人" }]);
    expect(p).toMatchObject({ status: "no_match", value: null });
    expect(p?.why.hint).toMatchObject({ code: "add_alias", params: { row: "引进人才", term: "引进高端人才" } });
    expect(p?.reason).toContain("在指标表“引进人才”的别名中加入“引进高端人才”");
  });

  it("hints with the thing counted when the words before name examples, and without the year before a name", () => {
    const [examples] = fill(["吸引了甲公司、乙公司等X家企业入驻园区"], [{ name: "常驻园区企业", value: 30, unit: "家" }]);
    expect(examples?.why.hint?.params?.term).toBe("企业入驻园区");
    const [year] = fill(["2022年全区能源能耗总量达X万吨标准煤"], [{ name: "用水总量", value: 5, unit: "万吨" }]);
    expect(year?.why.hint).toMatchObject({ code: "add_row", params: { term: "能源能耗总量" } });
  });

  it("never hints at an alias that would name another figure (出生率 for 死亡率, 城镇人口 for 人口)", () => {
    const [birth] = fill(["全县出生率X‰"], [{ name: "人口死亡率", value: 5.5, unit: "‰" }]);
    expect(birth?.why.hint).toMatchObject({ code: "add_row" });
    const [urban] = fill(["年末户籍城镇人口X人"], [{ name: "户籍人口", value: 45000, unit: "人" }]);
    expect(urban?.why.hint?.code).not.toBe("add_alias");
    const [state] = fill(["全市国有企业营业收入X亿元"], [{ name: "企业营业收入", value: 9, unit: "亿元" }]);
    expect(state).toMatchObject({ value: null });
    expect(state?.why.hint?.code).not.toBe("add_alias");
  });
});

describe("qualifiers", () => {
  it("never fills 省级 and 市级 with the all-levels total", () => {
    const rows: RowInput[] = [{ name: "农业产业化龙头企业", value: 120, unit: "家" }];
    const ps = fill(["新增农业产业化龙头企业省级X家、市级X家"], rows);
    expect(ps.map((p) => p.status)).toEqual(["no_match", "no_match"]);
    expect(ps[0]?.why.code).toBe("qualifier_missing");
  });

  it("takes the row carrying the same qualifier, and never the other one", () => {
    const rows: RowInput[] = [
      { name: "年末常住人口", value: 100, unit: "万人" },
      { name: "城镇人口", value: 60, unit: "万人" },
      { name: "乡村人口", value: 40, unit: "万人" },
    ];
    expect(fill(["城镇人口X万人，乡村人口X万人"], rows).map(written)).toEqual(["60", "40"]);
    expect(fill(["城镇常住人口X万人"], [{ name: "年末常住人口", value: 100, unit: "万人" }])[0]?.status).toBe("no_match");
  });

  it("fills a 分别 list in the listed order", () => {
    const rows: RowInput[] = [
      { name: "农村居民人均可支配收入", value: 21000, unit: "元" },
      { name: "城镇居民人均可支配收入", value: 48000, unit: "元" },
      { name: "全体居民人均可支配收入", aliases: ["居民人均可支配收入"], value: 36000, unit: "元" },
    ];
    expect(fill(["城镇和农村居民人均可支配收入分别达X元、X元"], rows).map(written)).toEqual(["48000", "21000"]);
  });
});

describe("periods", () => {
  const rows: RowInput[] = [
    { name: "地区生产总值", value: 300, unit: "亿元", period: "2025年" },
    { name: "地区生产总值", value: 160, unit: "亿元", period: "2026年1-6月" },
  ];

  it("reads the period from the heading above when the sentence and paragraph name none", () => {
    const ps = fill(["一、2025年工作回顾", "经济运行稳中向好。全市实现地区生产总值X亿元。"], rows);
    expect(written(ps[0])).toBe("300");
    expect(ps[0]?.reason).toContain("上方标题");
  });

  it("reads it from an unnumbered heading above the numbered parts (2025年工作回顾 / 一、…)", () => {
    const ps = fill(["2025年工作回顾", "一、发展基础进一步夯实", "全年全市实现地区生产总值X亿元。"], rows);
    expect(written(ps[0])).toBe("300");
    expect(fill(["2025年工作回顾", "一、发展基础进一步夯实", "二、民生持续改善", "全年全市实现地区生产总值X亿元。"], rows).map(written)).toEqual(["300"]);
  });

  it("reads it from earlier in the paragraph before the heading", () => {
    const ps = fill(["一、2025年工作回顾", "今年上半年，经济回升。全市实现地区生产总值X亿元。"], rows);
    expect(written(ps[0])).toBe("160");
  });

  it("tells a stock at the end of June from a flow over the half year", () => {
    const stock: RowInput[] = [{ name: "市场主体", value: 5.2, unit: "万户", period: "2026年6月末" }];
    expect(written(fill(["截至6月底，全市市场主体X万户"], stock)[0])).toBe("5.2");
    const p = fill(["上半年，全市市场主体X万户"], stock)[0];
    expect(p?.status).toBe("no_match");
    expect(p?.why.code).toBe("stock_flow_mismatch");
    const flow: RowInput[] = [{ name: "新增市场主体", value: 0.8, unit: "万户", period: "2026年1-6月" }];
    expect(written(fill(["截至6月底，新增市场主体X万户"], flow)[0])).toBe("0.8");
  });
});

describe("regions, signs and plausibility", () => {
  it("never fills another region's row", () => {
    const rows: RowInput[] = [
      { name: "县名", value: "溪山县", kind: "place" },
      { name: "居民人均可支配收入", value: 31000, unit: "元", region: "云岭县" },
    ];
    const p = fill(["溪山县上下团结奋进。全县居民人均可支配收入X元"], rows)[0];
    expect(p).toMatchObject({ status: "no_match", value: null });
    expect(p?.why.code).toBe("other_region");
    expect(fill(["全县居民人均可支配收入X元"], [{ name: "居民人均可支配收入", value: 1, unit: "元", region: "全省" }])[0]?.status).toBe("no_match");
  });

  it("refuses an implausible per-capita figure and a share over 100%", () => {
    const p = fill(["居民人均可支配收入X元"], [{ name: "居民人均可支配收入", value: 3100000, unit: "万元" }])[0];
    expect(p).toMatchObject({ status: "conflict", value: null });
    expect(p?.why.code).toBe("implausible_per_capita");
    expect(fill(["森林覆盖率X%"], [{ name: "森林覆盖率", value: 162, unit: "%" }])[0]?.why.code).toBe("implausible_share");
    expect(written(fill(["利润增长X%"], [{ name: "利润增长", value: 162, unit: "%" }])[0])).toBe("162");
  });

  it("writes the magnitude after 下降 and refuses a negative value after 增长", () => {
    const rows: RowInput[] = [{ name: "单位能耗", value: -4, unit: "%" }];
    expect(written(fill(["单位能耗下降X%"], rows)[0])).toBe("4");
    const p = fill(["单位能耗增长X%"], rows)[0];
    expect(p).toMatchObject({ status: "conflict", value: null });
    expect(p?.why.code).toBe("sign_conflict");
    expect(fill(["单位能耗X%"], rows)[0]?.why.code).toBe("negative_value");
  });
});

describe("generic markers", () => {
  it("lets a single X take a decimal where the unit allows it", () => {
    expect(written(fill(["城镇新增就业X万人"], [{ name: "城镇新增就业", value: 4.6, unit: "万人" }])[0])).toBe("4.6");
    expect(written(fill(["接待游客XX万人次"], [{ name: "接待游客", value: 120.5, unit: "万人次" }])[0])).toBe("120.5");
  });

  it("offers 97.5 for 9X% (the written digit agrees)", () => {
    expect(written(fill(["群众满意度达9X%"], [{ name: "群众满意度", value: 97.5, unit: "%" }])[0])).toBe("97.5");
  });
});

describe("lists and shortened names from real reports", () => {
  it("takes the figures named before 分别 as its items", () => {
    const rows: RowInput[] = [
      { name: "财政总收入", value: 62.1, unit: "亿元" },
      { name: "财政总收入增长速度", value: 11.1, unit: "%" },
      { name: "一般公共预算收入", value: 37.7, unit: "亿元" },
      { name: "一般公共预算收入增长速度", value: 11.9, unit: "%" },
    ];
    expect(fill(["财政总收入X亿元，一般公共预算收入X亿元，分别增长X%和X%"], rows).map(written)).toEqual(["62.1", "37.7", "11.1", "11.9"]);
  });

  it("reads 三次产业 and 城乡 as their ordered parts", () => {
    const rows: RowInput[] = [
      { name: "第一产业对经济增长的贡献率", value: 6.3, unit: "%" },
      { name: "第二产业对经济增长的贡献率", value: 32.8, unit: "%" },
      { name: "第三产业对经济增长的贡献率", value: 60.9, unit: "%" },
    ];
    expect(fill(["三次产业对经济增长的贡献率分别为X%、X%和X%"], rows).map(written)).toEqual(["6.3", "32.8", "60.9"]);
  });

  it("never lets a listed item's figure come from a row that leaves the item out", () => {
    const rows: RowInput[] = [{ name: "规模以上工业增加值增长速度", value: 8.4, unit: "%" }];
    expect(fill(["高新技术和数字经济规上工业增加值分别增长X%和X%"], rows).map(written)).toEqual([null, null]);
  });

  it("matches a long name with one short word more or less, but never across a qualifier", () => {
    const rows: RowInput[] = [{ name: "农村常住居民人均可支配收入", value: 18320, unit: "元" }];
    expect(written(fill(["农村居民人均可支配收入X元"], rows)[0])).toBe("18320");
    expect(written(fill(["城镇居民人均可支配收入X元"], rows)[0])).toBeNull();
  });

  it("completes a shortened name from words earlier in the sentence", () => {
    const rows: RowInput[] = [
      { name: "新登记私营企业", value: 3257, unit: "户" },
      { name: "实有私营企业", value: 9676, unit: "户" },
    ];
    expect(fill(["全年新登记市场主体X户，其中私营企业X户"], rows).map(written)).toEqual([null, "3257"]);
  });

  it("takes the change, not the level, after a change word", () => {
    const rows: RowInput[] = [{ name: "年末常住人口", value: 87.74, unit: "万人" }];
    const ps = fill(["年末常住人口X万人，比上年末增加X万人"], rows);
    expect(ps.map(written)).toEqual(["87.74", null]);
    expect(ps[1]?.why.code).toBe("level_for_change");
  });
});

describe("regions and comparisons written in the sentence", () => {
  const rows: RowInput[] = [
    { name: "城镇常住居民人均可支配收入", value: 19017, unit: "元", period: "上半年", region: "歙县" },
    { name: "城镇常住居民人均可支配收入与全市差额", value: -2568, unit: "元", period: "上半年", region: "歙县" },
    { name: "城镇常住居民人均可支配收入", value: 21585, unit: "元", period: "上半年", region: "黄山市" },
    { name: "城镇常住居民人均可支配收入", value: 24138, unit: "元", period: "上半年", region: "安徽省" },
  ];
  const line = "上半年歙县城镇常住居民人均可支配收入X元，比全市低X元（全市为X元），比全省低X元（全省为X元）。";

  it("takes the region written nearest before each figure, and the difference after 比全市低", () => {
    const ps = fill([line], rows, { regionLevel: "县" });
    expect(ps.map(written)).toEqual(["19017", "2568", "21585", null, "24138"]);
    expect(ps[3]?.why.code).toBe("level_for_change");
  });

  it("never takes the county's level for 全省 or the province's for the county", () => {
    const ps = fill(["全省城镇常住居民人均可支配收入X元"], rows, { regionLevel: "县" });
    expect(written(ps[0])).toBe("24138");
  });
});

describe("lists continued and shortened names kept precise", () => {
  it("continues a 分别 list in the next clause joined by 和", () => {
    const rows: RowInput[] = [
      { name: "城镇居民人均可支配收入", value: 28336, unit: "元" },
      { name: "农村居民人均可支配收入", value: 13632, unit: "元" },
      { name: "城镇居民人均可支配收入增长速度", value: 8.5, unit: "%" },
      { name: "农村居民人均可支配收入增长速度", value: 9, unit: "%" },
    ];
    expect(fill(["城乡居民人均可支配收入分别达X元和X元，增长X%和X%"], rows).map(written)).toEqual(["28336", "13632", "8.5", "9"]);
  });

  it("never completes a name whose clause writes words of its own before the shared ending", () => {
    const rows: RowInput[] = [{ name: "农业龙头企业利润总额", value: 15.2, unit: "亿元" }];
    expect(written(fill(["全市农业龙头企业经营稳定，实现利润总额X亿元，其中，农产品实现利润总额X亿元"], rows)[1])).toBeNull();
  });
});

describe("shortened names carried to the next figure, and documents below the county", () => {
  it("reads 城镇化率X%，比上年提高X个百分点 against the table's 常住人口城镇化率 rows", () => {
    const rows: RowInput[] = [
      { name: "年末常住人口", value: 68.05, unit: "万人", region: "船山区" },
      { name: "常住人口城镇化率", value: 82.24, unit: "%", region: "船山区" },
      { name: "常住人口城镇化率比上年提高", value: 0.4, unit: "个百分点", region: "船山区" },
      { name: "常住人口城镇化率", value: 32.14, unit: "%", region: "安居区" },
    ];
    expect(fill(["船山区常住人口X万人，城镇化率X%，比上年提高X个百分点"], rows).map(written)).toEqual(["68.05", "82.24", "0.4"]);
  });

  it("lets a town's report read its own rows even when it names 全县 in passing", () => {
    const rows: RowInput[] = [
      { name: "农业增加值增长速度", value: 4.5, unit: "%", region: "全镇" },
      { name: "农业增加值增长速度", value: 3.1, unit: "%", region: "全县" },
    ];
    const lines = ["全镇上下在县委、县政府领导下，全县大局稳定。", "全年我镇农业增加值同比增长X%。", "我镇干部群众团结奋斗，全镇面貌一新。"];
    expect(written(fill(lines, rows)[0])).toBe("4.5");
  });
});

describe("a name written around its figure", () => {
  it("reads 新建X家乡镇孝老食堂 as 新建乡镇孝老食堂, and in any word order", () => {
    const rows: RowInput[] = [
      { name: "新建乡镇孝老食堂", value: 3, unit: "家" },
      { name: "新增入库投资项目", value: 3, unit: "个" },
    ];
    expect(fill(["新建X家乡镇孝老食堂，上半年新增X个投资项目入库"], rows).map(written)).toEqual(["3", "3"]);
    expect(written(fill(["新建X所学校"], rows)[0])).toBeNull();
  });
});

describe("short head words completed from the stretch right before", () => {
  it("reads 产量 after 粮食播种面积 as 粮食产量, never another crop's", () => {
    const rows: RowInput[] = [
      { name: "粮食播种面积", value: 84911, unit: "亩" },
      { name: "粮食产量", value: 28360, unit: "吨" },
      { name: "柠檬产量", value: 4820, unit: "吨" },
    ];
    expect(fill(["种植柠檬X亩，粮食播种面积达X亩，产量X吨"], rows).map(written)).toEqual([null, "84911", "28360"]);
  });
});

describe("collective words without 分别", () => {
  it("reads 城乡…达X元和X元，分别增长X%和X% in order", () => {
    const rows: RowInput[] = [
      { name: "城镇常住居民人均可支配收入", value: 47051, unit: "元" },
      { name: "农村常住居民人均可支配收入", value: 22166, unit: "元" },
      { name: "城镇常住居民人均可支配收入增长速度", value: 8.3, unit: "%" },
      { name: "农村常住居民人均可支配收入增长速度", value: 9.3, unit: "%" },
    ];
    expect(fill(["城乡居民人均可支配收入达X元和X元，分别增长X%和X%"], rows).map(written)).toEqual(["47051", "22166", "8.3", "9.3"]);
  });
});

describe("targets and actuals", () => {
  it("never fills the figure after 完成 with the target named before it", () => {
    const rows: RowInput[] = [{ name: "财政一般预算收入任务", value: 174, unit: "万元" }];
    const ps = fill(["财政一般预算收入任务X万元，完成X万元"], rows);
    expect(ps.map(written)).toEqual(["174", null]);
    expect(ps[1]?.why.code).toBe("target_for_actual");
  });

  it("judges the name's end by the longest name there, not a shorter one inside it", () => {
    const rows: RowInput[] = [
      { name: "国家级农业龙头企业", value: 3, unit: "家" },
      { name: "国家级农业龙头企业利润总额", value: 2.1, unit: "亿元" },
    ];
    expect(fill(["X家国家级龙头企业实现利润总额X亿元"], rows).map(written)).toEqual(["3", "2.1"]);
  });
});

describe("names interrupted by an aside", () => {
  it("reads 农林牧渔业（包括…）增加值X万元 as 农林牧渔业增加值, and never across a bracket holding a figure", () => {
    const rows: RowInput[] = [{ name: "农林牧渔业增加值", value: 18100, unit: "万元" }];
    expect(written(fill(["全县实现农林牧渔业（包括农林牧渔专业及辅助性活动）增加值X万元"], rows)[0])).toBe("18100");
    expect(written(fill(["全县实现农林牧渔业（全市为X万元）增加值X万元"], rows)[1])).toBeNull();
  });
});

describe("a figure comparing the subject with another indicator", () => {
  const rows: RowInput[] = [
    { name: "制造业增加值增长速度", value: 3.4, unit: "%" },
    { name: "规模以上工业增加值增长速度", value: 1.3, unit: "%" },
    { name: "制造业增加值增速高于规上工业", value: 2.1, unit: "个百分点" },
    { name: "制造业拉动规上工业增加值增长", value: 2.4, unit: "个百分点" },
    { name: "采矿业增加值增速低于规上工业", value: 5.8, unit: "个百分点" },
  ];

  it("takes the row named by subject, comparison and the other indicator", () => {
    const ps = fill(["上半年，制造业增长X%，高于全县规上工业增速X个百分点，拉动全县规上工业增加值增速X个百分点；采矿业增加值同比下降X%，低于全县规上工业增速X个百分点。"], rows);
    expect(ps.map(written)).toEqual(["3.4", "2.1", "2.4", null, "5.8"]);
  });

  it("leaves it blank when no row carries the whole name", () => {
    const ps = fill(["上半年，纺织业增长X%，高于全县规上工业增速X个百分点。"], rows);
    expect(written(ps[1])).toBeNull();
  });

  it("takes the gap of the subject's growth to a wider region, across the ； (增幅比全市低X个百分点)", () => {
    const gaps: RowInput[] = [
      { name: "城镇常住居民人均可支配收入", value: 19017, unit: "元", region: "歙县" },
      // a gap is signed, as a statistics table writes it: 比…低 writes its magnitude
      { name: "城镇常住居民人均可支配收入增速与全市差距", value: -1.5, unit: "个百分点", region: "歙县" },
      { name: "城镇常住居民人均可支配收入增速与全省差距", value: -1.7, unit: "个百分点", region: "歙县" },
    ];
    const ps = fill(["上半年歙县城镇常住居民人均可支配收入X元，在全市排第6位；增幅比全市低X个百分点（全市为X%），比全省低X个百分点。"], gaps, { region: "歙县" });
    expect(ps.map(written)).toEqual(["19017", "1.5", null, "1.7"]);
  });

  it("takes the change of the subject's growth since an earlier period (增速较一季度回升, 降幅较一季度收窄)", () => {
    const since: RowInput[] = [
      { name: "制造业增加值增速较一季度回升", value: 14.1, unit: "个百分点" },
      { name: "电力、热力、燃气及水生产和供应业增加值降幅较一季度收窄", value: 14.8, unit: "个百分点" },
    ];
    expect(written(fill(["上半年，制造业增长X%，增速较一季度回升X个百分点。"], since)[1])).toBe("14.1");
    expect(written(fill(["电力、热力、燃气及水生产和供应业下降X%，降幅较一季度收窄X个百分点。"], since)[1])).toBe("14.8");
    expect(written(fill(["采矿业增长X%，增速较一季度回升X个百分点。"], since)[1])).toBeNull();
  });
});

describe("shares (占…比重, 占比)", () => {
  const rows: RowInput[] = [
    { name: "户籍人口", value: 50.1, unit: "万人" },
    { name: "户籍城镇人口", value: 12.9, unit: "万人" },
    { name: "户籍人口中城镇人口占比", value: 25.7, unit: "%" },
    { name: "工业增加值占地区生产总值比重", value: 39.1, unit: "%" },
    { name: "规模以上工业增加值占地区生产总值比重", value: 30.2, unit: "%" },
    { name: "采矿业增加值占规上工业比重", value: 96.05, unit: "%" },
  ];

  it("takes the share row of the figure named before, or of the subject written before 占", () => {
    expect(fill(["年末户籍人口X万人，其中城镇人口X万人，占总人口的X%。"], rows).map(written)).toEqual(["50.1", "12.9", "25.7"]);
    expect(written(fill(["工业增加值X亿元，可比增长X%，占全区经济总量的X%。"], rows)[2])).toBe("39.1");
    expect(written(fill(["分行业看，采矿业增加值占比达9X%。"], rows)[0])).toBe("96.05");
  });

  it("reads a growth right after a share as the growth of the share's subject", () => {
    const growth: RowInput[] = [
      ...rows,
      { name: "采矿业增加值增长速度", value: -15.6, unit: "%" },
      { name: "规模以上工业增加值增长速度", value: -15.4, unit: "%" },
    ];
    expect(fill(["上半年，规上工业增加值同比下降X%。分行业看，采矿业增加值占比达9X%，同比下降X%。"], growth).map(written)).toEqual(["15.4", "96.05", "15.6"]);
  });

  it("never gives a part's share to the total, nor a share to 占地", () => {
    expect(written(fill(["新兴工业增加值占全区经济总量的X%。"], rows)[0])).toBeNull();
    expect(written(fill(["园区占地面积X%"], rows)[0])).toBeNull();
  });
});

describe("a share row framed by other words", () => {
  it("is not the share of a shorter subject (民营经济增加值 is not 增加值)", () => {
    const rows: RowInput[] = [{ name: "民营经济增加值占地区生产总值比重", value: 61, unit: "%" }];
    expect(written(fill(["全年实现增加值X亿元，占GDP的比重为X%。"], rows)[1])).toBeNull();
    expect(written(fill(["全年民营经济增加值X亿元，比上年增长X%，占GDP的比重为X%。"], rows)[2])).toBe("61");
  });
});

describe("其中 breaking down the figure of the sentence before", () => {
  const rows: RowInput[] = [
    { name: "第一产业增加值", value: 45.89, unit: "亿元" },
    { name: "第二产业增加值", value: 80.1, unit: "亿元" },
    { name: "民营经济增加值", value: 122.64, unit: "亿元" },
    { name: "民营经济第一产业增加值", value: 44.56, unit: "亿元" },
    { name: "民营经济第二产业增加值", value: 29.73, unit: "亿元" },
  ];

  it("takes the parts of that figure, across the ；", () => {
    const ps = fill(["全年民营经济增加值X亿元。其中，第一产业增加值X亿元；第二产业增加值X亿元。"], rows);
    expect(ps.map(written)).toEqual(["122.64", "44.56", "29.73"]);
  });

  it("stays unsure when the qualifier is only earlier in the paragraph", () => {
    const ps = fill(["全年民营经济增加值X亿元。全县第一产业增加值X亿元。"], rows);
    expect(written(ps[1])).toBeNull();
  });
});

describe("a row name's note in brackets", () => {
  const rows: RowInput[] = [
    { name: "规模以上工业总产值（全口径）", value: 4694.3, unit: "亿元" },
    { name: "城镇调查失业率（平均）", value: 5, unit: "%" },
  ];

  it("is found written before or after the name, never left out", () => {
    expect(written(fill(["全口径规模以上工业总产值X亿元"], rows)[0])).toBe("4694.3");
    expect(written(fill(["城镇调查失业率平均为X%"], rows)[0])).toBe("5");
    expect(written(fill(["规模以上工业总产值X亿元"], rows)[0])).toBeNull();
  });
});

describe("rows alike but for the basis of the change", () => {
  it("takes the one whose basis (同比, 可比) is written before the figure, and stays blank when none is", () => {
    const rows: RowInput[] = [
      { name: "工业总产值同比增长速度", value: 2.7, unit: "%" },
      { name: "工业总产值可比增长速度", value: 5.6, unit: "%" },
      { name: "工业总产值", value: 100, unit: "亿元" },
    ];
    expect(fill(["工业总产值X亿元，同比增长X%，可比增长X%。"], rows).map(written)).toEqual(["100", "2.7", "5.6"]);
    expect(written(fill(["工业总产值增长X%。"], rows)[0])).toBeNull();
  });
});

describe("对GDP增长 read as 对经济增长", () => {
  it("fills a 三次产业 list of contribution rates", () => {
    const rows: RowInput[] = [
      { name: "第一产业对经济增长的贡献率", value: 2.3, unit: "%" },
      { name: "第二产业对经济增长的贡献率", value: 64.5, unit: "%" },
      { name: "第三产业对经济增长的贡献率", value: 33.2, unit: "%" },
    ];
    expect(fill(["三次产业对GDP增长的贡献率分别为X%、X%和X%。"], rows).map(written)).toEqual(["2.3", "64.5", "33.2"]);
  });
});

describe("lists by place", () => {
  const rows: RowInput[] = [
    { name: "常住人口城镇化率", value: 82.24, unit: "%", region: "船山区" },
    { name: "常住人口城镇化率", value: 51.48, unit: "%", region: "射洪县" },
    { name: "常住人口城镇化率比上年提高", value: 2.2, unit: "个百分点", region: "安居区" },
    { name: "常住人口城镇化率", value: 32.14, unit: "%", region: "安居区" },
  ];

  it("gives each place its own row of the indicator named before 分别", () => {
    const ps = fill(["城镇化率排前两位的县（区）分别是：船山区X%、射洪县X%；增幅最大的是：安居区比上年提高X个百分点。"], rows, { region: "遂宁市" });
    expect(ps.map(written)).toEqual(["82.24", "51.48", null]);
    const change = fill(["城镇化率增幅排前一位的县（区）分别是：安居区比上年提高X个百分点。"], rows, { region: "遂宁市" });
    expect(change.map(written)).toEqual(["2.2"]);
  });

  it("never gives a place without its row another place's figure", () => {
    expect(fill(["城镇化率排前两位的县（区）分别是：船山区X%、大英县X%。"], rows, { region: "遂宁市" }).map(written)).toEqual(["82.24", null]);
  });
});

describe("what a qualified group of enterprises 实现", () => {
  const rows: RowInput[] = [
    { name: "限额以上零售企业", value: 13, unit: "家" },
    { name: "限额以上社会消费品零售总额", value: 2.33, unit: "亿元" },
    { name: "限额以上社会消费品零售总额增长速度", value: 54.4, unit: "%" },
    { name: "社会消费品零售总额", value: 30.1, unit: "亿元" },
  ];

  it("is the indicator after the verb with the group's qualifier, and its growth after it", () => {
    expect(fill(["XX家限上零售企业实现社会消费品零售总额X亿元，同比增长X%。"], rows).map(written)).toEqual(["13", "2.33", "54.4"]);
  });

  it("reads a whole region's value added as its 地区生产总值, and the growth after it as its growth", () => {
    const gdp: RowInput[] = [
      { name: "地区生产总值", aliases: ["GDP"], value: 3029.6, unit: "亿元" },
      { name: "地区生产总值可比增长速度", value: 5.8, unit: "%" },
      { name: "工业增加值", value: 1200, unit: "亿元" },
    ];
    expect(fill(["2024年，全区实现增加值X亿元，可比增长X%。"], gdp, { docYear: 2024 }).map(written)).toEqual(["3029.6", "5.8"]);
    const faster: RowInput[] = [...gdp, { name: "地区生产总值增速快于全市", value: 0.8, unit: "个百分点" }];
    expect(written(fill(["2024年，全区实现增加值X亿元，可比增长X%，快于全市X个百分点。"], faster, { docYear: 2024 })[2])).toBe("0.8");
  });

  it("is never the total when no qualified row exists", () => {
    const total = rows.filter((r) => !r.name.startsWith("限额以上社会"));
    expect(fill(["XX家限上零售企业实现社会消费品零售总额X亿元。"], total).map(written)).toEqual(["13", null]);
  });
});

describe("a sentence naming no subject continues the paragraph's", () => {
  const rows: RowInput[] = [
    { name: "农业龙头企业产品销售收入", value: 643.3, unit: "亿元" },
    { name: "农业龙头企业利润总额", value: 15.2, unit: "亿元" },
    { name: "省级农业龙头企业利润总额", value: 6.5, unit: "亿元" },
  ];

  it("completes a long ending from the paragraph's subject", () => {
    expect(fill(["我市农业龙头企业实现产品销售收入X亿元。实现利润总额X亿元。"], rows).map(written)).toEqual(["643.3", "15.2"]);
  });

  it("does not when the sentence names a subject of its own", () => {
    expect(written(fill(["我市农业龙头企业实现产品销售收入X亿元。合作社实现利润总额X亿元。"], rows)[1])).toBeNull();
  });
});

describe("an average growth over a range", () => {
  it("is of the years after the range's start (从2015年的…提高到…，年均增长X%)", () => {
    const rows: RowInput[] = [
      { name: "地区生产总值", value: 4670, unit: "亿元", period: "2015年" },
      { name: "地区生产总值", value: 6871, unit: "亿元", period: "2020年" },
      { name: "地区生产总值年均增长速度", value: 7.2, unit: "%", period: "2016-2020年" },
    ];
    const ps = fill(["地区生产总值从2015年的X亿元提高到X亿元，年均增长X%。"], rows, { docYear: 2021 });
    expect(ps.map(written)).toEqual(["4670", "6871", "7.2"]);
  });
});

describe("lists by part after 分别为：", () => {
  const rows: RowInput[] = [
    { name: "第一产业拉动经济增长", value: 0.62, unit: "个百分点" },
    { name: "第二产业拉动经济增长", value: 0.86, unit: "个百分点" },
    { name: "第三产业拉动经济增长", value: 3.62, unit: "个百分点" },
  ];

  it("gives each part the phrase before 分别 with the collective replaced", () => {
    const ps = fill(["三次产业对经济增长的拉动分别为：第一产业X个百分点，第二产业X个百分点，第三产业X个百分点。"], rows);
    expect(ps.map(written)).toEqual(["0.62", "0.86", "3.62"]);
  });

  it("leaves a part the table has no row for blank", () => {
    const ps = fill(["三次产业对经济增长的贡献率分别为：第一产业X%，第二产业X%。"], rows);
    expect(ps.map(written)).toEqual([null, null]);
  });
});

describe("the change of a share", () => {
  const rows: RowInput[] = [
    { name: "第一产业增加值占比变动", value: 0.4, unit: "个百分点" },
    { name: "第二产业增加值占比变动", value: -1.9, unit: "个百分点" },
    { name: "第一产业增加值占地区生产总值比重", value: 15.3, unit: "%" },
  ];

  it("takes the change row of that share (一产业所占比重上升X个百分点), never the share itself", () => {
    const ps = fill(["一产业所占比重上升X个百分点，二产业所占比重下降X个百分点，三产业所占比重上升X个百分点。"], rows);
    expect(ps.map(written)).toEqual(["0.4", "1.9", null]);
  });

  it("reads 占地区生产总值 as a share, 占地 alone as land", () => {
    const gdp: RowInput[] = [{ name: "第一产业增加值占地区生产总值比重比上年上升", value: 3.82, unit: "个百分点" }];
    expect(written(fill(["与上年比，第一产业占地区生产总值的比重上升X个百分点。"], gdp)[0])).toBe("3.82");
  });
});

describe("a rank is not the region of the figure", () => {
  it("reads 全县首家 as a rank: the town's own row still fills", () => {
    const rows: RowInput[] = [{ name: "累计孵化创业项目", value: 11, unit: "个", region: "昌硕街道" }];
    expect(written(fill(["打造全县首家大学生创业基地，累计孵化创业项目XX个。"], rows, { region: "昌硕街道" })[0])).toBe("11");
    expect(written(fill(["全县累计孵化创业项目XX个。"], rows, { region: "昌硕街道" })[0])).toBeNull();
  });
});
