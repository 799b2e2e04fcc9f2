import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";

function fill(line: string, rows: RowInput[]): (string | null)[] {
  const snap = snapshotFromLines([line]);
  const ps = planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), { docYear: 2024 });
  return ps.map((p) => (p.status === "fill" ? p.value : null));
}

const rows: RowInput[] = [
  { name: "年末户籍人口", value: 236410, unit: "人" },
  { name: "户籍城镇人口", value: 98120, unit: "人" },
  { name: "户籍乡村人口", value: 138290, unit: "人" },
  { name: "户籍男性人口", value: 121560, unit: "人" },
  { name: "户籍女性人口", value: 114850, unit: "人" },
];

describe("a sentence opening with 其中 completes names from the sentence it breaks down", () => {
  it("reads 女性人口 and 乡村人口 as the 户籍 rows of the sentence before (…户籍人口X人。其中，男性人口X人，女性人口X人；…)", () => {
    expect(fill("年末全区户籍人口X人。其中，男性人口X人，女性人口X人；城镇人口X人，乡村人口X人。", rows)).toEqual(["236410", "121560", "114850", "98120", "138290"]);
  });

  it("does not reach into the sentence before without 其中", () => {
    expect(fill("年末全区户籍人口X人。男性人口X人，女性人口X人。", rows)[2]).toBeNull();
  });

  it("reads 按…分 sentences as breakdowns of the total before them, past each other (按性别分…。按户口类别分，城镇属性人口X人)", () => {
    const more: RowInput[] = [...rows, { name: "户籍城镇人口占比", value: 41.5, unit: "%" }];
    const ps = fill("年末户籍人口X人。按性别分，男性人口X人。按户口类别分，城镇属性人口X人，占总人口的X%；乡村属性人口X人。", more);
    expect(ps).toEqual(["236410", "121560", "98120", "41.5", "138290"]);
  });

  it("reads a sentence opening with its verb as continuing the paragraph's subject (。实现利润总额…其中，农产品实现利润总额X亿元)", () => {
    const firms: RowInput[] = [
      { name: "农业龙头企业利润总额", value: 15.2, unit: "亿元" },
      { name: "农业龙头企业农产品利润总额", value: 12.9, unit: "亿元" },
      { name: "农业龙头企业农产品利润总额增长速度", value: 18.5, unit: "%" },
    ];
    expect(fill("我市农业龙头企业实现产品销售收入增长。实现利润总额X亿元，其中，农产品实现利润总额X亿元，增长X%。", firms)).toEqual(["15.2", "12.9", "18.5"]);
  });
});
