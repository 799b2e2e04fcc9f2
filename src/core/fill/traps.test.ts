import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";
import type { FillOptions } from "./types";

const table = (rows: RowInput[]) => TableSchema.parse({ format: "draftkit-table", version: 1, rows });
function fill(lines: string[], rows: RowInput[], options: FillOptions = {}) {
  const snap = snapshotFromLines(lines);
  return planFills(snap, scanSnapshot(snap).placeholders, table(rows), { docYear: 2026, ...options });
}
const only = (lines: string[], rows: RowInput[], options: FillOptions = {}) => {
  const [p] = fill(lines, rows, options);
  if (!p) throw new Error("no placeholder");
  return p;
};

describe("matching traps", () => {
  it("fills X万 from a value in 人, rounded to two decimals", () => {
    expect(only(["全市新增就业X万"], [{ name: "新增就业", value: 23456, unit: "人" }]).value).toBe("2.35");
  });

  it("picks the row whose unit fits when one alias has two units", () => {
    const rows: RowInput[] = [
      { name: "技能培训", value: 34567, unit: "人次" },
      { name: "技能培训", value: 12, unit: "期", id: "期数" },
    ];
    expect(only(["开展技能培训X期"], rows).value).toBe("12");
    expect(only(["开展技能培训X万人次"], rows).value).toBe("3.46");
  });

  it("refuses a percentage for 个百分点 and the other way round", () => {
    const p = only(["失业率下降X个百分点"], [{ name: "失业率", value: 3.2, unit: "%" }]);
    expect(p).toMatchObject({ status: "no_match", value: null });
    expect(p.reason).toContain("单位不符");
  });

  it("does not guess between two periods of one indicator when the text names none", () => {
    const rows: RowInput[] = [
      { name: "新增就业", value: 100, unit: "人", period: "2025年" },
      { name: "新增就业", value: 200, unit: "人", period: "2026年1-6月" },
    ];
    expect(only(["新增就业X人"], rows)).toMatchObject({ status: "ambiguous", value: null });
    expect(only(["今年上半年新增就业X人"], rows).value).toBe("200");
    expect(only(["去年新增就业X人"], rows).value).toBe("100");
    expect(only(["2024年新增就业X人"], rows)).toMatchObject({ status: "no_match", value: null });
  });

  it("fills 95X only from a value that agrees with the written digits", () => {
    expect(only(["清理事项95X项"], [{ name: "清理事项", value: 953, unit: "项" }]).value).toBe("953");
    const p = only(["清理事项95X项"], [{ name: "清理事项", value: 870, unit: "项" }]);
    expect(p).toMatchObject({ status: "conflict", value: null });
    expect(p.reason).toContain("不符");
  });

  it("never ticks X多/X余 against an exact value: which round figure to print is the drafter's choice", () => {
    expect(only(["追讨工资X多万元"], [{ name: "追讨工资", value: 23456000, unit: "元" }]).status).toBe("conflict");
    const offered = only(["为X余名劳动者"], [{ name: "劳动者", value: 1286, unit: "人" }]);
    expect(offered.status).toBe("conflict");
    expect(offered.candidates[0]).toMatchObject({ value: "1200" });
    expect(only(["为X余名劳动者"], [{ name: "劳动者", value: 1200, unit: "人" }]).status).toBe("conflict");
  });

  it("refuses a fractional count of people", () => {
    expect(only(["新增就业X人"], [{ name: "新增就业", value: 12.5, unit: "人" }]).status).toBe("conflict");
  });

  it("writes X.X with one decimal", () => {
    expect(only(["增长X.X%"], [{ name: "增长", value: 7, unit: "%" }]).value).toBe("7.0");
  });

  it("adds thousands separators only when asked", () => {
    const rows: RowInput[] = [{ name: "新增就业", value: 23456, unit: "人" }];
    expect(only(["新增就业X人"], rows).value).toBe("23456");
    expect(only(["新增就业X人"], rows, { thousandsSeparator: true }).value).toBe("23,456");
  });

  it("uses the region level written in the sentence", () => {
    const rows: RowInput[] = [
      { name: "新增就业", value: 100, unit: "人", region: "全市" },
      { name: "新增就业", value: 20, unit: "人", region: "全县" },
    ];
    expect(only(["全县新增就业X人"], rows).value).toBe("20");
    expect(only(["新增就业X人"], rows).status).toBe("ambiguous");
  });

  it("leaves a figure blank when no indicator is named near it", () => {
    expect(only(["完成X件"], [{ name: "新增就业", value: 1, unit: "件" }])).toMatchObject({ status: "no_match", value: null });
  });
});

describe("people and places", () => {
  const people: RowInput[] = [
    { name: "县人社局局长", aliases: ["局长"], value: "欧阳明", region: "全县", kind: "person" },
    { name: "副县长", value: "陈红", region: "全县", kind: "person" },
    { name: "县长", value: "司马光", region: "全县", kind: "person" },
    { name: "县名", value: "溪山县", region: "全县", kind: "place" },
  ];

  it("takes compound surnames and keeps the title", () => {
    expect(only(["全县工作会上，X局长讲话"], people).value).toBe("欧阳");
    expect(only(["全县工作会上，X县长讲话"], people).value).toBe("司马");
  });

  it("does not take a deputy for the principal (副县长 is not X县长)", () => {
    expect(only(["全县，X县长说"], people).row?.name).toBe("县长");
  });

  it("needs the role written before XX同志 to fill a full name", () => {
    expect(only(["全县工作会上，XX同志讲话"], people)).toMatchObject({ status: "ambiguous", value: null });
    expect(only(["全县工作会上，副县长XX同志讲话"], people).value).toBe("陈红");
  });

  it("fills X县 and a bare place name with the short name", () => {
    expect(only(["全县，X县人民"], people).value).toBe("溪山");
    expect(only(["全县，重塑X形象"], people).value).toBe("溪山");
  });

  it("leaves dates and free text to the drafter", () => {
    expect(only(["于X月X日召开"], people).status).toBe("unsupported");
  });
});
