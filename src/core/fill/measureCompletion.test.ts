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
  { name: "花生播种面积", value: 2716, unit: "公顷" },
  { name: "花生播种面积增长速度", value: 2.3, unit: "%" },
  { name: "花生产量", value: 9842, unit: "吨" },
  { name: "花生产量增长速度", value: -1.6, unit: "%" },
  { name: "烤烟产量", value: 0.55, unit: "万吨" },
];

describe("a bare 产量 completed from the subject written further back in the sentence", () => {
  it("across the subject's other measures and figures (花生播种面积X公顷，比上年增长X%，产量X吨，下降X%)", () => {
    expect(fill("全年花生播种面积X公顷，比上年增长X%，产量X吨，下降X%。", rows)).toEqual(["2716", "2.3", "9842", "1.6"]);
  });

  it("across a ； up to the sentence's 。 (花生播种面积X公顷；产量X吨)", () => {
    expect(fill("花生播种面积X公顷，增长X%；产量X吨。", rows)).toEqual(["2716", "2.3", "9842"]);
  });

  it("not across another subject written between (粮食播种面积…，产量X吨)", () => {
    expect(fill("花生播种面积X公顷，粮食播种面积X公顷，产量X吨。", rows)[2]).toBeNull();
  });

  it("not from the sentence before the 。", () => {
    expect(fill("花生播种面积X公顷。产量X吨。", rows)[1]).toBeNull();
  });

  it("reads a bare subject by the measure its unit takes (…花生播种面积X公顷…；西瓜X公顷，增长X%，产量X吨)", () => {
    const more: RowInput[] = [
      ...rows,
      { name: "西瓜播种面积", value: 865, unit: "公顷" },
      { name: "西瓜播种面积增长速度", value: 3.7, unit: "%" },
      { name: "西瓜产量", value: 31250, unit: "吨" },
    ];
    expect(fill("全年花生播种面积X公顷，产量X吨；西瓜X公顷，增长X%，产量X吨。", more)).toEqual(["2716", "9842", "865", "3.7", "31250"]);
  });
});
