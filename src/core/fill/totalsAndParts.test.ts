import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";
import type { Proposal } from "./types";

const table = (rows: RowInput[]) => TableSchema.parse({ format: "draftkit-table", version: 1, rows });
const fill = (lines: string[], rows: RowInput[]): Proposal[] => {
  const snap = snapshotFromLines(lines);
  return planFills(snap, scanSnapshot(snap).placeholders, table(rows), { docYear: 2026 });
};
const written = (p: Proposal | undefined): string | null => (p && p.status === "fill" ? p.value : null);

describe("a growth right after an amount is that amount's growth", () => {
  const rows: RowInput[] = [
    { name: "养殖业总产值", value: 10, unit: "亿元" },
    { name: "养殖业总产值增长速度", value: 2.1, unit: "%" },
    { name: "养殖业增加值", value: 6, unit: "亿元" },
    { name: "养殖业增加值增长速度", value: 3.4, unit: "%" },
  ];
  const line = "全镇实现养殖业总产值X亿元，比上年增长X%，增加值X亿元，增长X%。";

  it("reads a bare 增加值 as naming something, so its growth is the value added's", () => {
    expect(fill([line], rows).map(written)).toEqual(["10", "2.1", "6", "3.4"]);
  });

  it("never hands that growth to the output named in an earlier clause", () => {
    const ps = fill([line], rows.filter((r) => r.name !== "养殖业增加值增长速度"));
    expect(written(ps[3])).toBeNull();
  });
});

describe("a total never fills a part whose name ends its own", () => {
  const rows: RowInput[] = [
    { name: "文体旅游业营业收入", value: 50, unit: "亿元" },
    { name: "文体旅游业营业收入增长速度", value: 4, unit: "%" },
    { name: "旅游业营业收入", value: 20, unit: "亿元" },
    { name: "旅游业营业收入增长速度", value: 5, unit: "%" },
  ];

  it("fills the part of a 其中 sentence from the part's rows, not the total written before", () => {
    const ps = fill(["全市文体旅游业营业收入X亿元，增长X%。其中，旅游业营业收入X亿元，增长X%。"], rows);
    expect(ps.map(written)).toEqual(["50", "4", "20", "5"]);
  });

  it("still leaves the part blank when only the total is left in the table", () => {
    const ps = fill(["全市文体旅游业营业收入X亿元。其中，旅游业营业收入X亿元。"], rows.filter((r) => !r.name.startsWith("旅游业")));
    expect(written(ps[1])).toBeNull();
  });

  it("still carries a qualifier written on its own (民营 before the breakdown)", () => {
    const q: RowInput[] = [
      { name: "民营旅游业营业收入", value: 8, unit: "亿元" },
      { name: "旅游业营业收入", value: 20, unit: "亿元" },
      { name: "民营经济营业收入", value: 30, unit: "亿元" },
    ];
    const ps = fill(["民营经济营业收入X亿元。其中，旅游业营业收入X亿元。"], q.map((r) => (r.name === "民营旅游业营业收入" ? { ...r, name: "民营经济旅游业营业收入" } : r)));
    expect(written(ps[1])).toBe("8");
  });
});

describe("a part's change named by a longer word than the total's", () => {
  const rows: RowInput[] = [{ name: "全部工业增加值增长速度", aliases: ["工业增加值增长速度"], value: 6.3, unit: "%" }];

  it("never takes the total's growth (重工业增加值增长X% is not 工业增加值增长速度)", () => {
    expect(fill(["规模以上工业中，轻工业增加值下降X%，重工业增加值增长X%。"], rows).map(written)).toEqual([null, null]);
  });

  it("never takes a total for a part named by the word before it (营利性服务业 is not 服务业)", () => {
    const service: RowInput[] = [{ name: "服务业增加值", value: 120, unit: "亿元" }];
    expect(fill(["营利性服务业增加值X亿元。"], service).map(written)).toEqual([null]);
    expect(fill(["全年全县服务业增加值X亿元。"], service).map(written)).toEqual(["120"]);
    expect(fill(["全部服务业增加值X亿元。"], service).map(written)).toEqual(["120"]);
  });

  it("still reads the total after a period or place written before it (上半年全县工业增加值增长X%)", () => {
    expect(fill(["上半年全县工业增加值同比增长X%。"], rows).map(written)).toEqual(["6.3"]);
  });
});

describe("when the row the text names is missing, no other row fills it (the whole's or a part's)", () => {
  const parts: RowInput[] = [
    { name: "渔业产值", value: 2.6, unit: "亿元" },
    { name: "渔业产值增长速度", value: 8.7, unit: "%" },
    { name: "农林牧渔服务业产值增长速度", value: 3.6, unit: "%" },
    { name: "农林牧渔业总产值增长速度", value: 4.5, unit: "%" },
  ];

  it("never gives 农林牧渔业总产值 the 渔业 part's value, and its growth is its own row", () => {
    expect(fill(["2023年，全县完成农林牧渔业总产值X亿元，较上年增长X%。"], parts).map(written)).toEqual([null, "4.5"]);
  });

  it("never completes a part to the total written before it with a character left out (农林牧渔总产值…渔业总产值X亿元)", () => {
    const rows: RowInput[] = [
      { name: "农林牧渔业总产值", value: 99.6, unit: "亿元", period: "2026年" },
      { name: "种植业总产值", value: 72.47, unit: "亿元", period: "2026年" },
    ];
    const line = "全县农林牧渔总产值X亿元，比上年增长X%。其中，种植业总产值X亿元，增长X%；渔业总产值X亿元，增长X%。";
    expect(fill([line], rows).map(written)).toEqual(["99.6", null, "72.47", null, null, null]);
  });

  it("never falls back to the part inside the total's name when the total's rows are of another year", () => {
    const rows: RowInput[] = [
      { name: "农林牧渔业总产值", value: 35.1, unit: "亿元", period: "2022年" },
      { name: "渔业产值", value: 0.04, unit: "亿元", period: "2023年" },
    ];
    expect(fill(["2023年，全县完成农林牧渔业总产值X亿元。"], rows).map(written)).toEqual([null]);
  });

  it("never reads 农林牧渔业 as 农林牧渔服务业 (服务 names a part), nor 林业产值 as 渔业产值", () => {
    expect(fill(["全县农林牧渔业总产值比上年增长X%。"], parts.filter((r) => r.name !== "农林牧渔业总产值增长速度")).map(written)).toEqual([null]);
    expect(fill(["全年全县实现农林牧渔业总产值93亿元，其中，农业产值60亿元，林业产值X亿元。"], parts).map(written)).toEqual([null]);
  });
});

describe("the parts of an owner's total (民营经济增加值…。其中，第一产业增加值)", () => {
  const county: RowInput[] = [
    { name: "民营经济增加值", value: 122.6, unit: "亿元" },
    { name: "第一产业增加值", value: 45.9, unit: "亿元" },
  ];

  it("are never filled from the whole county's rows", () => {
    expect(fill(["全年民营经济增加值X亿元。其中，第一产业增加值X亿元。"], county).map(written)).toEqual(["122.6", null]);
    expect(fill(["全年民营经济增加值X亿元，其中第一产业增加值X亿元。"], county).map(written)).toEqual(["122.6", null]);
  });

  it("are filled from the owner's rows, and a county breakdown still from the county's", () => {
    const owned = [...county, { name: "民营经济第一产业增加值", value: 44.6, unit: "亿元" }];
    expect(fill(["全年民营经济增加值X亿元。其中，第一产业增加值X亿元。"], owned).map(written)).toEqual(["122.6", "44.6"]);
    expect(fill(["全年地区生产总值300亿元。其中，第一产业增加值X亿元。"], county).map(written)).toEqual(["45.9"]);
  });
});

describe("a part's change after the part is named by completion", () => {
  it("never takes the total's growth (其中，县属企业完成X万吨，同比下降X% with only 原煤产量增长速度)", () => {
    const rows: RowInput[] = [
      { name: "原煤产量", value: 900, unit: "万吨" },
      { name: "原煤产量增长速度", value: -14.3, unit: "%" },
      { name: "县属企业原煤产量", value: 300, unit: "万吨" },
    ];
    expect(fill(["原煤产量X万吨，同比下降14.3%；其中，县属企业完成X万吨，同比下降X%。"], rows).map(written)).toEqual(["900", "300", null]);
  });
});

describe("a total written with 总 and a local part written with 地方", () => {
  const local: RowInput[] = [
    { name: "地方财政收入", value: 55.7, unit: "亿元" },
    { name: "地方一般公共预算收入", value: 12.16, unit: "亿元" },
  ];

  it("never match each other (财政总收入 is not 地方财政收入)", () => {
    expect(fill(["全年实现财政总收入X亿元。"], local).map(written)).toEqual([null]);
    expect(fill(["全年实现一般公共预算总收入X亿元。"], local).map(written)).toEqual([null]);
  });

  it("while a name written with neither still reads the local row (一般公共预算收入 ~ 地方一般公共预算收入)", () => {
    expect(fill(["一般公共预算收入X亿元。"], local).map(written)).toEqual(["12.16"]);
  });
});
