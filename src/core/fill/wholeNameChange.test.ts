import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";

function fill(line: string, rows: RowInput[]): (string | null)[] {
  const snap = snapshotFromLines([line]);
  const ps = planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), { docYear: 2024 });
  return ps.map((p) => (p.status === "fill" ? p.value : null));
}

const gdp: RowInput[] = [
  { name: "地区生产总值增长速度", value: 6.5, unit: "%" },
  { name: "人均地区生产总值增长速度", value: 6.1, unit: "%" },
];

describe("the change of a name holding another name", () => {
  it("takes the row covering the whole name written (单位地区生产总值能耗比上年下降X%)", () => {
    const rows = [...gdp, { name: "单位地区生产总值能耗增长速度", value: -3.4, unit: "%" }];
    expect(fill("全市单位地区生产总值能耗比上年下降X%。", rows)).toEqual(["3.4"]);
  });

  it("reads past the year written before the name (2024年工业增加值比上年增长X%)", () => {
    const rows: RowInput[] = [
      { name: "全部工业增加值增长速度", aliases: ["工业增加值增长速度"], value: 6.3, unit: "%" },
      { name: "规模以上工业增加值增长速度", value: 7.2, unit: "%" },
    ];
    expect(fill("2024年工业增加值比上年增长X%。其中，规模以上工业增加值增长X%。", rows)).toEqual(["6.3", "7.2"]);
    // the year is when, never a part of the name: a year's own row is still a period matter
    expect(fill("2024年重工业增加值比上年增长X%。", rows)).toEqual([null]);
  });

  it("never takes the growth of the name inside when no row covers the whole", () => {
    expect(fill("全市单位地区生产总值能耗比上年下降X%。", gdp)).toEqual([null]);
  });

  it("reads a name written across 、 whole before 下降 (…；电力、热力、燃气及水生产和供应业增加值下降X%)", () => {
    const rows: RowInput[] = [
      { name: "电力、热力、燃气及水生产和供应业增加值增长速度", value: -6.3, unit: "%" },
      { name: "燃气增加值增长速度", value: -3, unit: "%" },
      { name: "制造业增加值增长速度", value: 5, unit: "%" },
    ];
    expect(fill("三大门类中，制造业增加值增长X%；电力、热力、燃气及水生产和供应业增加值下降X%。", rows)).toEqual(["5", "6.3"]);
  });
});
