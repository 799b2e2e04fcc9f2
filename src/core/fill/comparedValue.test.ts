import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";

function fill(line: string, rows: RowInput[]): (string | null)[] {
  const snap = snapshotFromLines([line]);
  const ps = planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), { docYear: 2024, region: "歙县" });
  return ps.map((p) => (p.status === "fill" ? p.value : null));
}

const rows: RowInput[] = [
  { name: "城镇常住居民人均可支配收入", value: 19017, unit: "元", region: "歙县" },
  { name: "城镇常住居民人均可支配收入", value: 21585, unit: "元", region: "黄山市" },
  { name: "城镇常住居民人均可支配收入增长速度", value: 3.9, unit: "%", region: "歙县" },
  { name: "城镇常住居民人均可支配收入增长速度", value: 5.4, unit: "%", region: "黄山市" },
  { name: "城镇常住居民人均可支配收入增长速度", value: 5.6, unit: "%", region: "安徽省" },
];

describe("the figure in a parenthesis after a comparison with a region", () => {
  it("is that region's growth of the sentence's subject after 增幅比全市低X个百分点（全市为X%）", () => {
    const ps = fill("歙县城镇常住居民人均可支配收入比全市低X元（全市为X元），在全市排第6位；增幅比全市低X个百分点（全市为X%），比全省低X个百分点（全省为X%）。", rows);
    expect([ps[1], ps[3], ps[5]]).toEqual(["21585", "5.4", "5.6"]);
  });

  it("is blank when the table has no row of that region", () => {
    const ps = fill("歙县城镇常住居民人均可支配收入增幅比全国低X个百分点（全国为X%）。", rows);
    expect(ps[1]).toBeNull();
  });
});
