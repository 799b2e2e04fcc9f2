import { readFileSync } from "node:fs";
import { join } from "node:path";
import { snapshotFromLines, splitLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { bundledTable } from "../table/bundled";
import { planFills } from "./plan";

const seed = (file: string) => {
  const snap = snapshotFromLines(splitLines(readFileSync(join(__dirname, "../../../tests/fixtures/seeds", file), "utf8")));
  return planFills(snap, scanSnapshot(snap).placeholders, bundledTable);
};

describe("filling the seed speeches from the bundled table", () => {
  it("fills every number, person and place placeholder of the 市 speech with the right row", () => {
    const got = seed("000_44a230b6f9ec27ec.txt").map((p) => [p.placeholder.paragraph, p.placeholder.start, p.status, p.value, p.row?.name ?? ""]);
    expect(got).toEqual([
      [17, 149, "fill", "张", "市人社局局长"],
      [20, 124, "fill", "2.35", "城镇新增就业"],
      [20, 135, "fill", "3.2", "城镇登记失业率"],
      [20, 154, "fill", "8125", "城镇新增就业"],
      [21, 26, "fill", "云川", "市名"],
      [22, 88, "fill", "云川", "人才工程冠名"],
      [22, 97, "fill", "126", "引进高端人才"],
      [22, 114, "fill", "3.46", "职业技能培训"],
      [22, 144, "fill", "85", "接收安置军队转业干部"],
      [22, 155, "fill", "953", "清理行政权力事项"],
      // X余名 / X多万元 against exact figures (1286, 23456000): offered unticked, the drafter picks the round figure.
      [23, 72, "conflict", null, ""],
      [23, 82, "conflict", null, ""],
      [23, 101, "fill", "57", "查处未参保案件"],
      [23, 109, "fill", "43", "查处未签订劳动合同案件"],
      [23, 120, "fill", "12", "查处违反最低工资规定案件"],
      [34, 18, "fill", "云川", "市名"],
      [36, 19, "fill", "李", "市委书记"],
      [37, 19, "fill", "王", "市长"],
      [38, 205, "fill", "云川", "市名"],
      [38, 213, "fill", "云川", "市名"],
      [40, 33, "fill", "云川", "市名"],
      [40, 59, "fill", "云川", "市名"],
      [45, 69, "fill", "云川", "市名"],
    ]);
  });

  it("uses the period written before each figure: 去年 → 2019年, 今年1-5月 → 2020年1-5月", () => {
    const p = seed("000_44a230b6f9ec27ec.txt");
    expect(p[1]?.reason).toContain("2019年");
    expect(p[3]?.reason).toContain("2020年1-5月");
    expect(p[1]?.confidence).toBe("high");
  });

  it("leaves both “XX同志” of the 县 speech blank and offers the county's people", () => {
    for (const p of seed("004_88f04c4c9db11306.txt")) {
      expect(p).toMatchObject({ status: "ambiguous", value: null });
      expect(p.candidates.map((c) => c.value)).toEqual(["欧阳明", "陈红"]);
    }
  });
});
