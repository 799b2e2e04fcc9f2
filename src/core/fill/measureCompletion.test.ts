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
  { name: "蔬菜播种面积", value: 3938, unit: "公顷" },
  { name: "蔬菜播种面积增长速度", value: 1.4, unit: "%" },
  { name: "蔬菜产量", value: 106551, unit: "吨" },
  { name: "蔬菜产量增长速度", value: -2.2, unit: "%" },
  { name: "烤烟产量", value: 0.55, unit: "万吨" },
];

describe("a bare 产量 completed from the subject written further back in the sentence", () => {
  it("across the subject's other measures and figures (蔬菜播种面积X公顷，比上年增长X%，产量X吨，下降X%)", () => {
    expect(fill("全年蔬菜播种面积X公顷，比上年增长X%，产量X吨，下降X%。", rows)).toEqual(["3938", "1.4", "106551", "2.2"]);
  });

  it("across a ； up to the sentence's 。 (蔬菜播种面积X公顷；产量X吨)", () => {
    expect(fill("蔬菜播种面积X公顷，增长X%；产量X吨。", rows)).toEqual(["3938", "1.4", "106551"]);
  });

  it("not across another subject written between (粮食播种面积…，产量X吨)", () => {
    expect(fill("蔬菜播种面积X公顷，粮食播种面积X公顷，产量X吨。", rows)[2]).toBeNull();
  });

  it("not from the sentence before the 。", () => {
    expect(fill("蔬菜播种面积X公顷。产量X吨。", rows)[1]).toBeNull();
  });

  it("reads a bare subject by the measure its unit takes (…蔬菜播种面积X公顷…；果用瓜X公顷，增长X%，产量X吨)", () => {
    const more: RowInput[] = [
      ...rows,
      { name: "果用瓜播种面积", value: 1107, unit: "公顷" },
      { name: "果用瓜播种面积增长速度", value: 1.9, unit: "%" },
      { name: "果用瓜产量", value: 28408, unit: "吨" },
    ];
    expect(fill("全年蔬菜播种面积X公顷，产量X吨；果用瓜X公顷，增长X%，产量X吨。", more)).toEqual(["3938", "106551", "1107", "1.9", "28408"]);
  });
});
