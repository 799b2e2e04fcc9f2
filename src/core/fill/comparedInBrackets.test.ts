import type { RowInput } from "../table/schema";
import { filledValues } from "./testing";

const fill = (line: string, rows: RowInput[]): (string | null)[] => filledValues(line, rows, { docYear: 2022, region: "溪山县", regionLevel: "县" });

const growth = (region: string, value: number): RowInput => ({ name: "地区生产总值增长速度", value, unit: "%", region, period: "2022年" });
const rows: RowInput[] = [
  { name: "地区生产总值", value: 120.5, unit: "亿元", region: "溪山县", period: "2022年" },
  growth("溪山县", 2.4),
  growth("全国", 3.0),
  growth("云川省", 1.2),
  growth("青石市", 3.1),
];

describe("a region's figure in brackets after a comparison with it", () => {
  it("is that region's growth of the indicator named before (增速低于全国（X%）…，高于全省（X%）…，低于全市（X%）)", () => {
    const line = "全县完成地区生产总值X亿元，按不变价核算，同比增长X%，增速低于全国（X%）0.6个百分点，高于全省（X%）1.2个百分点，低于全市（X%）0.7个百分点。";
    expect(fill(line, rows)).toEqual(["120.5", "2.4", "3", "1.2", "3.1"]);
  });

  it("is left blank when the table has no row for that region", () => {
    expect(fill("全县地区生产总值同比增长X%，增速低于全国（X%）。", rows.filter((r) => r.region !== "全国"))).toEqual(["2.4", null]);
  });

  it("is left blank when something else is named between the indicator and the comparison", () => {
    expect(fill("全县地区生产总值同比增长X%，工业投资增速低于全国（X%）。", rows)).toEqual(["2.4", null]);
  });
});
