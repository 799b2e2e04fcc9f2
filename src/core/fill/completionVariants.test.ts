import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";

function fill(line: string, rows: RowInput[]): (string | null)[] {
  const snap = snapshotFromLines([line]);
  const ps = planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), { docYear: 2024 });
  return ps.map((p) => (p.status === "fill" ? p.value : null));
}

describe("names completed from the sentence, written short", () => {
  it("spells a short form out (其中在册企业X万户，个体户X万户 → 在册个体工商户)", () => {
    const rows: RowInput[] = [
      { name: "在册企业", value: 4.1, unit: "万户" },
      { name: "在册个体工商户", value: 11.88, unit: "万户" },
    ];
    expect(fill("年末在册市场主体X万户，其中在册企业X万户，个体户X万户。", rows).slice(1)).toEqual(["4.1", "11.88"]);
  });

  it("reads a subject past a count written inside it (园区2幢商务楼宇…；实现总税收X万元 → 园区商务楼宇总税收)", () => {
    const rows: RowInput[] = [
      { name: "园区商务楼宇总营收", value: 23.57, unit: "亿元" },
      { name: "园区商务楼宇总税收", value: 3872.9, unit: "万元" },
    ];
    expect(fill("园区2幢商务楼宇实现总营收X亿元；实现总税收X万元。", rows)).toEqual(["23.57", "3872.9"]);
    // the count parts nothing but a subject's words: 园区2幢楼宇 is not 园区商务楼宇
    expect(fill("园区2幢楼宇实现总营收X亿元；实现总税收X万元。", rows)).toEqual([null, null]);
  });

  it("reads 当年出生登记X人 and 当年死亡X人 as the population's rows (出生登记人口, 死亡人口), never an accident's deaths", () => {
    const rows: RowInput[] = [
      { name: "出生人口", aliases: ["出生登记人口"], value: 6759, unit: "人" },
      { name: "死亡人口", value: 7455, unit: "人" },
    ];
    expect(fill("当年出生登记X人，登记出生率X‰；当年死亡X人。", rows)).toEqual(["6759", null, "7455"]);
    expect(fill("全年发生生产安全事故X起，死亡X人。", rows)).toEqual([null, null]);
  });

  it("reads a group of people counted in 人 as that group's 人口 (年末户籍人口…，男性X万人 → 户籍男性人口)", () => {
    const rows: RowInput[] = [
      { name: "年末户籍人口", value: 50.1, unit: "万人" },
      { name: "户籍男性人口", value: 25.79, unit: "万人" },
    ];
    expect(fill("年末户籍人口X万人，其中男性X万人。", rows)).toEqual(["50.1", "25.79"]);
    expect(fill("年末户籍人口X万人，其中男性X万元。", rows)[1]).toBeNull();
  });

  it("reads 获得/争取 before a name as the verb (争取增发国债项目X个，获得国债资金X亿元 → 增发国债资金)", () => {
    const rows: RowInput[] = [
      { name: "增发国债项目", value: 69, unit: "个" },
      { name: "增发国债资金", value: 97.4, unit: "亿元" },
    ];
    expect(fill("争取增发国债项目X个，获得国债资金X亿元。", rows)).toEqual(["69", "97.4"]);
  });
});

describe("names completed across ； and after a 按…分： breakdown", () => {
  const rows: RowInput[] = [
    { name: "人口出生率", value: 8.1, unit: "‰" },
    { name: "人口死亡率", value: 6.2, unit: "‰" },
    { name: "户籍男性人口", value: 51000, unit: "人" },
    { name: "常住男性人口", value: 48000, unit: "人" },
  ];

  it("completes a three-character ending from the clause before the ； (人口出生率为X‰；死亡率为X‰)", () => {
    expect(fill("全年人口出生率为X‰；死亡率为X‰。", rows)).toEqual(["8.1", "6.2"]);
  });

  it("reads a sentence opening 按性别分： as the breakdown of the total before it (户籍总人口…。按性别分：男性X人)", () => {
    expect(fill("年末户籍总人口100000人。按性别分：男性X人。", rows)).toEqual(["51000"]);
  });
});

describe("男 and 女 alone after a breakdown of people", () => {
  it("are the total's 男性人口 and 女性人口 (总户籍人口…。按性别分：男X万人，女X万人)", () => {
    const rows: RowInput[] = [
      { name: "户籍男性人口", value: 10.7, unit: "万人" },
      { name: "户籍女性人口", value: 10.2, unit: "万人" },
    ];
    expect(fill("年末总户籍人口20.9万人。按性别分：男X万人，女X万人。", rows)).toEqual(["10.7", "10.2"]);
    expect(fill("按性别分：男X万人，女X万人。", rows)).toEqual([null, null]);
  });
});
