import type { RowInput } from "../table/schema";
import { filledValues } from "./testing";

const fill = (line: string, rows: RowInput[]): (string | null)[] => filledValues(line, rows, { docYear: 2021 });

const rows: RowInput[] = [
  { name: "地区生产总值", value: 98.6, unit: "亿元" },
  { name: "地区生产总值增长速度", value: 9.9, unit: "%" },
  { name: "第一产业增加值", value: 21.2, unit: "亿元" },
  { name: "第一产业增加值增长速度", value: 9.1, unit: "%" },
  { name: "粮食产量", value: 52000, unit: "吨" },
  { name: "粮食产量增长速度", value: 1.2, unit: "%" },
];

describe("a level written right after its growth (增长X%达X亿元)", () => {
  it("is the level of what grew, a 产业 alone read as its value added", () => {
    expect(fill("全县地区生产总值增长X%达X亿元，第一产业增长X%达X亿元。", rows)).toEqual(["9.9", "98.6", "9.1", "21.2"]);
  });

  it("is left blank when no level row of that subject has the figure's unit", () => {
    expect(fill("第二产业增长X%达X亿元。", rows)).toEqual([null, null]);
  });
});

describe("增产 after a harvest and its change", () => {
  it("is the harvest's growth (粮食产量X吨，比上年增加X吨，增产X%)", () => {
    expect(fill("全年粮食产量X吨，比上年增加X吨，增产X%。", rows)).toEqual(["52000", null, "1.2"]);
  });
});
