import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import type { IndicatorTable, Row } from "../table/schema";
import { planFills } from "./plan";

// Deterministic pseudo-random row names.
// Names drawn from 3,000 characters, as the names of a large statistics table are.
function table(n: number): IndicatorTable {
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  // Built as the schema would give it (no zod parse of 100,000 rows in a unit test).
  const rows = Array.from({ length: n }, (_, i): Row => {
    const len = 4 + (next() % 6);
    const name = Array.from({ length: len }, () => String.fromCharCode(0x4e00 + (next() % 3000))).join("") + String(i);
    return { name, aliases: [], value: next() % 100000, unit: "万元", period: "2025年", region: "", source: "" };
  });
  return { format: "draftkit-table", version: 1, title: "", sample: false, rows };
}

function draft(kb: number, year: number): string[] {
  const para = `${year}年，全市城镇新增就业X万人，城镇登记失业率X%，规模以上工业增加值增长X%，一般公共预算收入X亿元，居民人均可支配收入X元。`;
  return Array.from({ length: Math.ceil((kb * 1024) / (para.length * 3)) }, (_, i) => para.replace("全市", `全市第${i}片区`));
}

/** The matching time for a draft against a table whose index is built already (by a fill of another draft). */
function matching(t: IndicatorTable): number {
  const warm = snapshotFromLines(draft(4, 2024));
  planFills(warm, scanSnapshot(warm).placeholders, t, { docYear: 2026 });
  const snap = snapshotFromLines(draft(20, 2025));
  const placeholders = scanSnapshot(snap).placeholders;
  const t0 = performance.now();
  planFills(snap, placeholders, t, { docYear: 2026 });
  return performance.now() - t0;
}

describe("fill cost", () => {
  it("does not grow with rows × placeholders: matching against 10× the rows costs well under 10× the time", () => {
    const small = table(10_000);
    const large = table(100_000);
    const ratio = Math.min(matching(large), matching(large)) / Math.min(matching(small), matching(small));
    expect(ratio).toBeLessThan(4);
  });
});
