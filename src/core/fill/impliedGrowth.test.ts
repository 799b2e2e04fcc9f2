import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";

function fill(line: string, rows: RowInput[]): (string | null)[] {
  const snap = snapshotFromLines([line]);
  const ps = planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), { docYear: 2024 });
  return ps.map((p) => (p.status === "fill" ? p.value : null));
}

const rows: RowInput[] = [
  { name: "区属规模以上工业总产值", value: 2981.8, unit: "亿元" },
  { name: "区属规模以上工业总产值同比增长速度", value: -1.3, unit: "%" },
  { name: "区属规上工业总产值降幅比最低点收窄", value: 3.0, unit: "个百分点" },
  { name: "城镇化率", value: 60.1, unit: "%" },
  { name: "城镇化率比上年提高", value: 0.8, unit: "个百分点" },
];

describe("a shift of growth written without its growth word", () => {
  it("reads 同比下降X%，比最低点收窄X个百分点 as the fall's narrowing (…降幅比最低点收窄)", () => {
    expect(fill("区属规上工业总产值X亿元，同比下降X%，比最低点收窄X.X个百分点。", rows)).toEqual(["2981.8", "1.3", "3.0"]);
  });

  it("leaves 比上年提高X个百分点 after a rate to the rate's own change", () => {
    expect(fill("城镇化率为X%，比上年提高X个百分点。", rows)).toEqual(["60.1", "0.8"]);
  });

  it("is blank when no row carries the whole name", () => {
    expect(fill("区属规上工业总产值X亿元，同比下降X%，比一季度收窄X个百分点。", rows)[2]).toBeNull();
  });

  it("reads 采矿业增加值…下拉全县规上工业增加值增速X个百分点 as the industry's pull (采矿业下拉规上工业增加值增长)", () => {
    const pull: RowInput[] = [
      { name: "采矿业增加值增长速度", value: -4.5, unit: "%" },
      { name: "采矿业下拉规上工业增加值增长", value: 1.1, unit: "个百分点" },
    ];
    expect(fill("采矿业增加值同比下降X%，下拉全县规上工业增加值增速X个百分点。", pull)).toEqual(["4.5", "1.1"]);
  });
});
