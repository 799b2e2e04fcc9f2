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
  { name: "农林牧渔业总产值", value: 58326, unit: "万元" },
  { name: "农业产值", value: 47105, unit: "万元" },
  { name: "牧业产值", value: 8912, unit: "万元" },
  { name: "农林牧渔业总产值增长速度", value: 4.1, unit: "%" },
  { name: "农业产值增长速度", value: 2.7, unit: "%" },
  { name: "牧业产值增长速度", value: 6.6, unit: "%" },
];

describe("a figure written in digits between a name and its growth", () => {
  it("takes only digits followed by a known unit out of a stretch", () => {
    expect(stripWrittenFigures("58,326万元，")).toBe("|，");
    expect(stripWrittenFigures("5G基站")).toBe("5G基站");
  });

  it("lets the growth after 总产值58,326万元 be the named indicator's growth", () => {
    expect(fill("全年完成农林牧渔业总产值58,326万元，比上年增长X%。", rows)).toEqual(["4.1"]);
  });

  it("takes the nearest name before the written figure, part by part", () => {
    expect(fill("其中，农业产值47,105万元，增长X%；牧业产值8,912万元，增长X%。", rows)).toEqual(["2.7", "6.6"]);
  });

  it("still refuses when a stretch passed on the way names something else", () => {
    expect(fill("农林牧渔业总产值58,326万元，粮食产量12万吨，增长X%。", rows)).toEqual([null]);
  });
});
