import fc from "fast-check";
import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";
import { describeReason } from "./reasons";

const runs = Number(process.env.FUZZ_RUNS ?? 100);
const words = ["城镇", "农村", "新增就业", "全市", "全县", "比上年", "增长", "下降", "分别", "和", "、", "，", "。", "（", "）", "2025年", "上半年", "6月末", "省级", "人均", "收入", "比全市低", "从", "提高到", "X", "XX", "X.X", "9X", "X余", "万人", "%", "个百分点", "元", "某某乡", "X街道"];
const names = ["城镇新增就业", "城镇居民人均可支配收入", "农村居民人均可支配收入", "地区生产总值", "地区生产总值增长速度", "收入与全市差额"];

describe("the matcher on any text (property)", () => {
  it("never throws, keeps reason as the zh-CN rendering of why, and writes values only for fills", () => {
    const row = fc.record({
      name: fc.constantFrom(...names),
      value: fc.oneof(fc.double({ min: -1e7, max: 1e12, noNaN: true }), fc.integer({ min: -100, max: 100000 })),
      unit: fc.constantFrom("人", "万人", "元", "%", "亿元", "个百分点"),
      period: fc.constantFrom("", "2025年", "2026年1-6月", "2026年6月末"),
      region: fc.constantFrom("", "全市", "全县", "溪山县", "全省"),
    });
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((w) => w.join("")), { minLength: 1, maxLength: 4 }), fc.array(row, { maxLength: 8 }), (lines, rows) => {
        const snap = snapshotFromLines(lines);
        const table = TableSchema.parse({ format: "draftkit-table", version: 1, rows: rows as RowInput[] });
        for (const p of planFills(snap, scanSnapshot(snap).placeholders, table, { docYear: 2026 })) {
          expect(p.reason).toBe(describeReason(p.why, "zh-CN"));
          if (p.status !== "fill") expect(p.value).toBeNull();
          else expect(p.value).not.toMatch(/e|NaN|Infinity|-/);
        }
      }),
      { numRuns: runs },
    );
  });
});
