import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";

function fill(line: string, rows: RowInput[]): (string | null)[] {
  const snap = snapshotFromLines([line]);
  const ps = planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), { docYear: 2019 });
  return ps.map((p) => (p.status === "fill" ? p.value : null));
}

const rows: RowInput[] = [
  { name: "户籍人均地区生产总值", value: 126400, unit: "元" },
  { name: "人均地区生产总值", value: 91350, unit: "元" },
];

describe("常住 and 户籍 written at the figure", () => {
  it("reads 常住人均生产总值 as the resident row even after a 户籍 figure earlier in the paragraph", () => {
    expect(fill("全县户籍人均生产总值达X元。常住人均生产总值达X元。", rows)).toEqual(["126400", "91350"]);
  });

  it("still leaves a bare 人均生产总值 blank after a 户籍 figure earlier in the paragraph", () => {
    expect(fill("全县户籍人均生产总值达X元。人均生产总值达X元。", rows)).toEqual(["126400", null]);
  });
});

describe("the parts of a 其中 breakdown are counted on the total's basis", () => {
  const population: RowInput[] = [
    { name: "年末常住人口", value: 52.1, unit: "万人" },
    { name: "常住人口中城镇人口", aliases: ["城镇常住人口"], value: 30.2, unit: "万人" },
    { name: "户籍总人口", value: 61.4, unit: "万人" },
    { name: "户籍人口中城镇人口", aliases: ["户籍城镇人口"], value: 18.3, unit: "万人" },
  ];

  it("reads 其中城镇人口 after 户籍总人口 as the 户籍 row, never the resident one found through its alias", () => {
    expect(fill("年末常住人口X万人，其中城镇人口X万人。全县户籍总人口X万人，其中城镇人口X万人。", population)).toEqual(["52.1", "30.2", "61.4", "18.3"]);
  });

  it("leaves the part blank when the table has it only on the other basis", () => {
    const resident = population.filter((r) => r.name !== "户籍人口中城镇人口");
    expect(fill("全县户籍总人口X万人，其中城镇人口X万人。", resident)).toEqual(["61.4", null]);
  });

  it("keeps a basis the part writes itself", () => {
    expect(fill("全县户籍总人口X万人，其中城镇常住人口X万人。", population)).toEqual(["61.4", "30.2"]);
  });
});

describe("a long name holding a short alias", () => {
  it("is not made ambiguous by parts of the alias written before (常住人口城镇化率 after 乡村人口X万人)", () => {
    const rows: RowInput[] = [
      { name: "年末常住人口", aliases: ["常住人口"], value: 94.9, unit: "万人" },
      { name: "常住人口中乡村人口", aliases: ["乡村常住人口"], value: 53.5, unit: "万人" },
      { name: "常住人口城镇化率", value: 43.6, unit: "%" },
    ];
    expect(fill("年末常住人口X万人，乡村人口X万人。常住人口城镇化率X%。", rows)).toEqual(["94.9", "53.5", "43.6"]);
  });
});
