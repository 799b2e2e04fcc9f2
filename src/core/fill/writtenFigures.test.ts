import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";
import { stripWrittenFigures } from "./words";

function fill(line: string, rows: RowInput[]): (string | null)[] {
  const snap = snapshotFromLines([line]);
  const ps = planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), { docYear: 2024 });
  return ps.map((p) => (p.status === "fill" ? p.value : null));
}

const rows: RowInput[] = [
  { name: "农林牧渔业总产值", value: 41541, unit: "万元" },
  { name: "农业产值", value: 32786, unit: "万元" },
  { name: "牧业产值", value: 6206, unit: "万元" },
  { name: "农林牧渔业总产值增长速度", value: 3.5, unit: "%" },
  { name: "农业产值增长速度", value: 1.2, unit: "%" },
  { name: "牧业产值增长速度", value: 41.3, unit: "%" },
];

describe("a figure written in digits between a name and its growth", () => {
  it("takes only digits followed by a known unit out of a stretch", () => {
    expect(stripWrittenFigures("41,541万元，")).toBe("|，");
    expect(stripWrittenFigures("5G基站")).toBe("5G基站");
  });

  it("lets the growth after 总产值41,541万元 be the named indicator's growth", () => {
    expect(fill("全年实现农林牧渔业总产值41,541万元，比上年增长X%。", rows)).toEqual(["3.5"]);
  });

  it("takes the nearest name before the written figure, part by part", () => {
    expect(fill("其中，农业产值32,786万元，增长X%；牧业产值6,206万元，增长X%。", rows)).toEqual(["1.2", "41.3"]);
  });

  it("still refuses when a stretch passed on the way names something else", () => {
    expect(fill("农林牧渔业总产值41,541万元，粮食产量12万吨，增长X%。", rows)).toEqual([null]);
  });
});
