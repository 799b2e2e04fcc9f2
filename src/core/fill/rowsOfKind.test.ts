import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import type { IndicatorTable, Row } from "../table/schema";
import { planFills } from "./plan";

/** A table of `figures` number rows plus one person and one place row, whose row reads are counted. */
function countedTable(figures: number): { table: IndicatorTable; reads: () => number } {
  const rows: Row[] = Array.from({ length: figures }, (_, i) => ({ id: `r${i}`, name: `指标${i}`, aliases: [], value: i, unit: "万元", period: "2025年", region: "", source: "" }));
  rows.push({ id: "sj", name: "市委书记", aliases: [], value: "王建国", unit: "", period: "", region: "", source: "", kind: "person" });
  rows.push({ id: "sm", name: "市名", aliases: [], value: "云川市", unit: "", period: "", region: "", source: "", kind: "place" });
  let reads = 0;
  const counted = new Proxy(rows, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { table: { format: "draftkit-table", version: 1, title: "", sample: false, rows: counted }, reads: () => reads };
}

describe("the name matchers on a large table", () => {
  it("read the table's rows a fixed number of times, not once per person or place placeholder", () => {
    const { table, reads } = countedTable(5_000);
    const lines = Array.from({ length: 200 }, () => "X书记在X市调研时强调，要抓好安全生产。");
    const snap = snapshotFromLines(lines);
    const proposals = planFills(snap, scanSnapshot(snap).placeholders, table, { docYear: 2026 });
    expect(proposals.filter((p) => p.status === "fill").map((p) => p.value)).toEqual(Array.from({ length: 200 }, () => ["王", "云川"]).flat());
    // 400 placeholders each reading 5,002 rows would be two million reads.
    expect(reads()).toBeLessThan(20 * 5_002);
  });
});
