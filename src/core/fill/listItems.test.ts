import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";
import { filledValues } from "./testing";
import type { Proposal } from "./types";

function fill(line: string, rows: RowInput[]): (string | null)[] {
  const snap = snapshotFromLines([line]);
  const ps = planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), { docYear: 2024 });
  return ps.map((p: Proposal) => (p.status === "fill" ? p.value : null));
}

describe("分别 lists whose items share a tail written once", () => {
  it("reads a sector listed with a figure in money as its value added (第一产业、第二产业分别完成X亿元、X亿元)", () => {
    const rows: RowInput[] = [
      { name: "第一产业增加值", value: 31.81, unit: "亿元" },
      { name: "第二产业增加值", value: 59.55, unit: "亿元" },
    ];
    expect(filledValues("第一产业、第二产业分别完成X亿元、X亿元。", rows)).toEqual(["31.81", "59.55"]);
    // not a figure in another unit (第一产业、第二产业分别X家 counts enterprises)
    expect(filledValues("第一产业、第二产业分别有X家、X家。", [{ name: "第一产业增加值", value: 31.81, unit: "家" }])).toEqual([null, null]);
  });

  it("reads ordinals written once (第一、二、三产业占比分别为X%、X%和X%)", () => {
    const rows: RowInput[] = [
      { name: "第一产业就业人员占比", value: 8.2, unit: "%" },
      { name: "第二产业就业人员占比", value: 40.6, unit: "%" },
      { name: "第三产业就业人员占比", value: 51.2, unit: "%" },
    ];
    expect(fill("第一、二、三产业就业人员占比分别为X%、X%和X%。", rows)).toEqual(["8.2", "40.6", "51.2"]);
  });

  it("takes the unit written once after the last figure (分别拉动…增长X个、X个和X个百分点)", () => {
    const rows: RowInput[] = [
      { name: "第一产业拉动地区生产总值增长", value: 0.3, unit: "个百分点" },
      { name: "第二产业拉动地区生产总值增长", value: 2.6, unit: "个百分点" },
      { name: "第三产业拉动地区生产总值增长", value: 3.1, unit: "个百分点" },
    ];
    expect(fill("一、二、三产业分别拉动地区生产总值增长X个、X个和X个百分点。", rows)).toEqual(["0.3", "2.6", "3.1"]);
  });

  it("reads items ending alike, and keeps 及以上 inside its item (0-14岁、…、65岁及以上常住人口)", () => {
    const rows: RowInput[] = [
      { name: "0-14岁常住人口", value: 61200, unit: "人" },
      { name: "15-64岁常住人口", value: 287400, unit: "人" },
      { name: "65岁及以上常住人口", value: 58300, unit: "人" },
    ];
    expect(fill("0-14岁、15-64岁、65岁及以上常住人口分别为X人、X人和X人。", rows)).toEqual(["61200", "287400", "58300"]);
  });

  it("splits on 、 alone when 及 would make more items than figures (蔬菜及食用菌、瓜果产量)", () => {
    const rows: RowInput[] = [
      { name: "蔬菜及食用菌产量增长速度", value: 39.3, unit: "%" },
      { name: "瓜果产量增长速度", value: 12.5, unit: "%" },
    ];
    expect(fill("蔬菜及食用菌、瓜果产量分别增长X%、X%。", rows)).toEqual(["39.3", "12.5"]);
  });

  it("keeps 年均 written before 分别 in the change (…从X元、X元提高到X元、X元，年均分别增长X%、X%)", () => {
    const rows: RowInput[] = [
      { name: "城镇常住居民人均可支配收入", value: 63481, unit: "元" },
      { name: "农村常住居民人均可支配收入", value: 32428, unit: "元" },
      { name: "城镇常住居民人均可支配收入年均增长速度", value: 7.6, unit: "%" },
      { name: "农村常住居民人均可支配收入年均增长速度", value: 8.8, unit: "%" },
      { name: "城镇常住居民人均可支配收入增长速度", value: 3.9, unit: "%" },
      { name: "农村常住居民人均可支配收入增长速度", value: 7.1, unit: "%" },
    ];
    expect(fill("城乡居民人均可支配收入分别从X元、X元提高到X元、X元，年均分别增长X%、X%。", rows).slice(4)).toEqual(["7.6", "8.8"]);
  });

  it("reads items compared with (增速较一季度和1-5月分别提高X和X个百分点) as the subject's growth against each", () => {
    const rows: RowInput[] = [
      { name: "规模以上工业增加值增长速度", value: 1.3, unit: "%", period: "上半年" },
      { name: "规上工业增加值增速较一季度提高", value: 15.5, unit: "个百分点", period: "上半年" },
      { name: "规上工业增加值增速较1-5月提高", value: 2.2, unit: "个百分点", period: "上半年" },
    ];
    expect(fill("上半年，全县规上工业增加值同比增长X%，增速较一季度和1-5月分别提高X和X个百分点。", rows)).toEqual(["1.3", "15.5", "2.2"]);
  });

  it("reads the change of each listed part's share (第二、第三产业占地区生产总值的比重分别回落X和X个百分点)", () => {
    const rows: RowInput[] = [
      { name: "第二产业增加值占地区生产总值比重比上年回落", value: 2.16, unit: "个百分点" },
      { name: "第三产业增加值占地区生产总值比重比上年回落", value: 1.66, unit: "个百分点" },
      { name: "第三产业增加值占地区生产总值比重比上年上升", value: 9, unit: "个百分点" },
    ];
    expect(fill("与上年比，第二、第三产业占地区生产总值的比重分别回落X和X个百分点。", rows)).toEqual(["2.16", "1.66"]);
  });

  it("pairs items and figures joined alike with no 分别 written (本科上线率和强基上线率同比提升X%和X%)", () => {
    const rows: RowInput[] = [
      { name: "固安一中本科上线率提升", value: 7.12, unit: "%" },
      { name: "固安一中强基上线率提升", value: 13.86, unit: "%" },
    ];
    expect(fill("固安一中本科上线率和强基上线率同比提升X%和X%。", rows)).toEqual(["7.12", "13.86"]);
    // One item, two figures: the second is something else, never the first's row again.
    expect(fill("固安一中本科上线率同比提升X%和X%。", rows)[1]).toBeNull();
  });

  it("still leaves a list blank when its items cannot be told apart", () => {
    const rows: RowInput[] = [{ name: "地区生产总值", value: 100, unit: "亿元" }];
    expect(fill("甲、乙、丙分别为X亿元、X亿元。", rows)).toEqual([null, null]);
  });
});
