import type { RowInput } from "../table/schema";
import { withoutLayoutSpaces } from "./layoutSpaces";
import { filledValues } from "./testing";

const fill = (line: string, rows: RowInput[]): (string | null)[] => filledValues(line, rows, { docYear: 2023 });

describe("reading a PDF's layout spaces", () => {
  it("takes out spaces inside Chinese words and between a figure and its unit or words", () => {
    expect(withoutLayoutSpaces("2023 年全县生 产总值 266.67 亿元，增长 5.4 %。")?.text).toBe("2023年全县生产总值266.67亿元，增长5.4%。");
    expect(withoutLayoutSpaces("县（市、 区）")?.text).toBe("县（市、区）");
  });

  it("keeps spaces between Latin words, between two figures and at the start of a line", () => {
    expect(withoutLayoutSpaces("Model X 2023 and iPhone X")).toBeUndefined();
    expect(withoutLayoutSpaces("  全县")).toBeUndefined();
    expect(withoutLayoutSpaces("10 20 30")).toBeUndefined();
  });

  it("maps every offset of the text to the reading", () => {
    const r = withoutLayoutSpaces("生 产总值 X 亿元");
    expect(r?.text).toBe("生产总值X亿元");
    expect(r?.text.slice(r.at[6], r.at[7])).toBe("X");
  });

  it("fills figures whose names and units the layout split, writing only where the scanner found them", () => {
    const rows: RowInput[] = [
      { name: "地区生产总值", value: 266.67, unit: "亿元" },
      { name: "地区生产总值增长速度", value: 4.9, unit: "%" },
      { name: "人均地区生产总值", value: 31490, unit: "元" },
    ];
    expect(fill("2023 年全县生 产总值 XXX.XX 亿元，比上年增长 X.X %。人 均地区生产总值 XXXXX 元。", rows)).toEqual(["266.67", "4.9", "31490"]);
  });

  it("still refuses what it would refuse without the spaces (a part is not its total)", () => {
    const rows: RowInput[] = [{ name: "农林牧渔业总产值", value: 99.6, unit: "亿元" }];
    expect(fill("全县农林牧渔总产值 XX.X 亿元。其中，渔 业总产值 X.X 亿元。", rows)).toEqual(["99.6", null]);
  });
});
