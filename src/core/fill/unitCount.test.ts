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

  it("not for a unit that counts something else (农民专业合作社X人 is its members, a row it does not name)", () => {
    expect(fill("农民专业合作社X人。", [rows[0] as RowInput])).toEqual([null]);
  });

  it("not for a unit that is no count (农民专业合作社X亿元)", () => {
    expect(fill("农民专业合作社X亿元。", rows)).toEqual([null]);
  });
});
