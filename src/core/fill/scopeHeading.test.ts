import type { RowInput } from "../table/schema";
import { filledProposals, filledValues } from "./testing";

const fill = (line: string, rows: RowInput[]): (string | null)[] => filledValues(line, rows, { docYear: 2024 });

describe("a sentence opening with a qualified scope (规模以上工业中，…)", () => {
  const rows: RowInput[] = [
    { name: "规模以上轻工业增加值增长速度", value: -4.5, unit: "%" },
    { name: "规模以上重工业增加值增长速度", value: 14, unit: "%" },
    { name: "重工业增加值增长速度", value: 9, unit: "%" },
  ];

  it("gives its names the scope's qualifier (重工业增加值增长X% → 规模以上重工业增加值增长速度)", () => {
    expect(fill("规模以上工业中，轻工业增加值下降X%，重工业增加值增长X%。", rows)).toEqual(["4.5", "14"]);
  });

  it("never gives the scope's figure the unqualified total's row, and says why", () => {
    expect(fill("规模以上工业中，重工业增加值增长X%。", [rows[2] as RowInput])).toEqual([null]);
    const [p] = filledProposals("规模以上工业中，重工业增加值增长X%。", [rows[2] as RowInput]);
    expect(p?.why).toMatchObject({ code: "qualifier_missing", params: { row: "重工业增加值增长速度", qualifier: "规模以上" } });
  });

  it("reads the names as written outside such a sentence", () => {
    expect(fill("全县重工业增加值增长X%。", rows)).toEqual(["9"]);
    expect(fill("重工业增加值增长X%，规模以上工业中轻工业占比提高。", rows)).toEqual(["9"]);
  });
});
