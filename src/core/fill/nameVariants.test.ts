import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";
import { filledProposals, filledValues } from "./testing";

function fill(line: string, rows: RowInput[]): (string | null)[] {
  const snap = snapshotFromLines([line]);
  const ps = planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), { docYear: 2024 });
  return ps.map((p) => (p.status === "fill" ? p.value : null));
}

describe("name variants a statistics table writes differently", () => {
  it("reads 非公经济 as 非公有制经济", () => {
    const rows: RowInput[] = [
      { name: "非公有制经济增加值", value: 69.1, unit: "亿元" },
      { name: "非公有制经济增加值占地区生产总值比重", value: 42.7, unit: "%" },
    ];
    expect(fill("非公经济实现增加值X亿元，占全县生产总值的X%。", rows)).toEqual(["69.1", "42.7"]);
  });

  it("reads a long name written without two single characters of the table's (普惠幼儿学位占比 ~ 普惠性幼儿园学位占比)", () => {
    expect(fill("公办和普惠幼儿学位占比达到X%。", [{ name: "公办和普惠性幼儿园学位占比", value: 89, unit: "%" }])).toEqual(["89"]);
    // not when a left-out character changes the figure (村 of 农村), nor in a short name
    expect(fill("农民人均可支配收入X元。", [{ name: "农村居民人均可支配收入", value: 20000, unit: "元" }])).toEqual([null]);
    expect(fill("新增普惠幼儿X所。", [{ name: "新增普惠性幼儿园", value: 5, unit: "所" }])).toEqual([null]);
  });

  it("reads GDP as the region's 地区生产总值 (人均GDP, GDP增长), never as 国内生产总值", () => {
    const rows: RowInput[] = [
      { name: "地区生产总值", value: 266.67, unit: "亿元" },
      { name: "地区生产总值增长速度", value: 4.9, unit: "%" },
      { name: "人均地区生产总值", value: 31490, unit: "元" },
    ];
    expect(fill("全县GDP达X亿元，增长X%，人均GDP为X元。", rows)).toEqual(["266.67", "4.9", "31490"]);
    expect(fill("全国GDP达X亿元。", [{ name: "国内生产总值", value: 1260582, unit: "亿元" }])).toEqual([null]);
  });

  it("reads 出生率, 死亡率 and 自然增长率 as the population's (人口出生率…), never 婴儿死亡率, and never hints at it", () => {
    const rows: RowInput[] = [
      { name: "人口出生率", value: 8.06, unit: "‰" },
      { name: "人口死亡率", value: 8.92, unit: "‰" },
      { name: "人口自然增长率", value: 0.86, unit: "‰" },
    ];
    expect(fill("全年出生率为X‰，死亡率为X‰，自然增长率为X‰。", rows)).toEqual(["8.06", "8.92", "0.86"]);
    const [infant] = filledProposals("婴儿死亡率为X‰。", rows);
    expect(infant?.value).toBeNull();
    expect(infant?.why.hint?.code).not.toBe("add_alias");
  });

  it("reads 全部 as an affix (工业增加值 ~ 全部工业增加值) and 油料作物 as 油料, never a part for its total", () => {
    const rows: RowInput[] = [
      { name: "全部工业增加值增长速度", value: 6.3, unit: "%" },
      { name: "油料产量", value: 14.5, unit: "万吨" },
    ];
    expect(fill("全年工业增加值比上年增长X%，油料作物产量X万吨。", rows)).toEqual(["6.3", "14.5"]);
    expect(fill("全年规模以上工业增加值比上年增长X%。", rows)).toEqual([null]);
  });

  it("reads an alias written on one row as naming every row of that indicator (this place's row is reached too)", () => {
    const rows: RowInput[] = [
      { name: "城镇常住居民人均可支配收入", aliases: ["城镇居民人均可支配收入"], value: 36671, unit: "元", period: "2018年", region: "涪城区" },
      { name: "城镇常住居民人均可支配收入", value: 47279, unit: "元", period: "2024年", region: "通海县" },
    ];
    expect(filledValues("通海县城镇居民人均可支配收入X元。", rows, { docYear: 2024, region: "通海县" })).toEqual(["47279"]);
  });

  it("reads a daily average however it is worded (平均每日, 每日平均, 日均量)", () => {
    const rows: RowInput[] = [{ name: "净菜进京日均量", value: 550, unit: "吨" }];
    expect(fill("净菜进京平均每日超过X吨。", rows)).toEqual(["550"]);
    expect(fill("净菜进京每日平均X吨。", rows)).toEqual(["550"]);
    // a daily average is not the total over the year
    expect(fill("全年净菜进京X吨。", rows)).toEqual([null]);
  });

  it("reads a figure restated at an exchange rate as the same indicator in the other currency", () => {
    const rows: RowInput[] = [
      { name: "人均地区生产总值", value: 228594, unit: "元" },
      { name: "人均地区生产总值（美元）", value: 32098, unit: "美元" },
    ];
    expect(fill("人均地区生产总值X元，按2024年平均汇率计算为X美元。", rows)).toEqual(["228594", "32098"]);
    expect(fill("人均地区生产总值X元，折合X美元。", rows)).toEqual(["228594", "32098"]);
    // without a row in that currency it stays blank: 元 is not 美元
    expect(fill("人均地区生产总值X元，按平均汇率计算为X美元。", [rows[0] as RowInput])).toEqual(["228594", null]);
  });

  it("reads 个数 as an affix (签约5亿元以上项目 ~ 签约5亿元以上项目个数)", () => {
    expect(fill("签约5亿元以上项目X个。", [{ name: "签约5亿元以上项目个数", value: 12, unit: "个" }])).toEqual(["12"]);
  });

  it("ignores quotation marks around a name's words (“专精特新”培育企业 ~ 专精特新培育企业)", () => {
    expect(fill("新增“专精特新”培育企业X家。", [{ name: "专精特新培育企业", value: 302, unit: "家" }])).toEqual(["302"]);
  });

  it("reads 规模工业 as 规模以上工业, also in a 分别 list whose last item ends with 同比", () => {
    const rows: RowInput[] = [
      { name: "社会消费品零售总额增长速度", value: 7.2, unit: "%" },
      { name: "规模以上工业增加值增长速度", value: 6.4, unit: "%" },
    ];
    expect(fill("社会消费品零售总额和规模工业增加值同比分别增长X%和X%。", rows)).toEqual(["7.2", "6.4"]);
  });

  it("keeps 规模以上 a qualifier: a row without it does not fill 规模工业", () => {
    expect(fill("规模工业增加值增长X%。", [{ name: "工业增加值增长速度", value: 5, unit: "%" }])).toEqual([null]);
  });

  it("reads 现价 as an affix that a name's span runs over (全县生产总值现价总量为X万元 ~ 地区生产总值)", () => {
    const rows: RowInput[] = [{ name: "地区生产总值", value: 972846, unit: "万元" }];
    expect(fill("最终计算全县生产总值现价总量为X万元。", rows)).toEqual(["972846"]);
  });

  it("takes the growth row of a row named by its alias (其中地方级收入X亿元，增长X%)", () => {
    const rows: RowInput[] = [
      { name: "地方一般公共预算收入", aliases: ["地方级收入"], value: 26.5, unit: "亿元" },
      { name: "地方一般公共预算收入增长速度", value: 0.9, unit: "%" },
    ];
    expect(fill("财政收入增长，其中地方级收入X亿元，增长X%。", rows)).toEqual(["26.5", "0.9"]);
  });

  it("reads 人员 as an affix like 人数 (城镇新增就业人员X人，增长X% ~ 城镇新增就业人数)", () => {
    const rows: RowInput[] = [
      { name: "城镇新增就业人数", value: 4320, unit: "人" },
      { name: "城镇新增就业人数增长速度", value: 6, unit: "%" },
    ];
    expect(fill("城镇新增就业人员X人，比上年增长X%。", rows)).toEqual(["4320", "6"]);
  });

  it("reads a count of the kinds just listed as adding nothing (猪牛羊禽四种肉产量 ~ 猪牛羊禽肉产量)", () => {
    const rows: RowInput[] = [
      { name: "猪牛羊禽肉产量", value: 5989.4, unit: "吨" },
      { name: "猪牛羊禽肉产量增长速度", value: 23.2, unit: "%" },
    ];
    expect(fill("猪牛羊禽四种肉产量X吨，增长X%。", rows)).toEqual(["5989.4", "23.2"]);
    expect(fill("四种肉产量X吨。", rows)).toEqual([null]);
  });
});
