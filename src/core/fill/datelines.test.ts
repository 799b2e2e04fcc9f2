import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { isDateline } from "./context";
import { planFills } from "./plan";
import type { Proposal } from "./types";

const rows: RowInput[] = [
  { name: "人均地区生产总值", value: 51230, unit: "元", period: "2019年" },
  { name: "人均地区生产总值", value: 53870, unit: "元", period: "2020年" },
];
function fill(lines: string[], docYear: number, use: RowInput[] = rows): Proposal[] {
  const snap = snapshotFromLines(lines);
  return planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows: use }), { docYear });
}
const written = (p: Proposal | undefined): string | null => (p && p.status === "fill" ? p.value : null);

describe("a dateline under the title is not the period of the figures", () => {
  it("recognises publication and signing dates, in digits or Chinese numerals, bracketed or not", () => {
    for (const t of ["（2020年3月26日）", "2024年3月8日", "二〇二四年三月八日", "发布时间：2019/05/20", "(2020年3月26日)", "（2022年4月）", "（二〇二二年四月）"]) expect(isDateline(t)).toBe(true);
    for (const t of ["2025年工作回顾", "一、2025年工作回顾", "2024年4月", "截至2024年6月30日全市主要指标"]) expect(isDateline(t)).toBe(false);
  });

  it("does not refuse a 2019 row for a heading period read from （2020年3月26日） under the 2019 title", () => {
    const lines = ["2019年溪山县国民经济和社会发展统计公报", "溪山县统计局", "（2020年3月26日）", "一、综合", "人均地区生产总值X元。"];
    expect(written(fill(lines, 2019, rows.slice(0, 1))[0])).toBe("51230");
  });

  it("lets 全年 under a dateline speak of the document's year, not the date's", () => {
    const lines = ["云川市统计局", "2024年3月8日", "二、农业", "全年人均地区生产总值X元。"];
    expect(written(fill(lines, 2019)[0])).toBe("51230");
  });
});
