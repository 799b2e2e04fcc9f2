import type { RowInput } from "../table/schema";
import { filledValues } from "./testing";

const fill = (line: string, rows: RowInput[]): (string | null)[] => filledValues(line, rows, { docYear: 2024 });

describe("a count named by what is counted and its unit", () => {
  const rows: RowInput[] = [
    { name: "农民专业合作社户数", value: 312, unit: "户" },
    { name: "年末户籍户数", aliases: ["户籍户数"], value: 98000, unit: "户" },
    { name: "农民专业合作社成员数", value: 5000, unit: "人" },
  ];

  it("reads 农民专业合作社X户 as 农民专业合作社户数", () => {
    expect(fill("其中：农民专业合作社X户。", rows)).toEqual(["312"]);
  });

  it("reads 年末户籍X户 as 户籍户数, and in 万户", () => {
    expect(fill("年末户籍X户。", rows)).toEqual(["98000"]);
    expect(fill("年末户籍X.X万户。", rows)).toEqual(["9.8"]);
  });

  it("reads enterprises counted in 家 as the statistics office's 单位数 (规模以上工业企业X家), past 2022年末", () => {
    const r: RowInput[] = [{ name: "规模以上工业企业单位数", value: 42, unit: "家" }];
    expect(fill("2022年末全县规模以上工业企业XX家。", r)).toEqual(["42"]);
    // not a count of something else in 家 (农家乐X家 names no such row)
    expect(fill("全县农家乐X家。", r)).toEqual([null]);
  });

  it("not for a unit that counts something else (农民专业合作社X人 is its members, a row it does not name)", () => {
    expect(fill("农民专业合作社X人。", [rows[0] as RowInput])).toEqual([null]);
  });

  it("not for a unit that is no count (农民专业合作社X亿元)", () => {
    expect(fill("农民专业合作社X亿元。", rows)).toEqual([null]);
  });
});
