import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";
import { type Reason, type ReasonCode, describeReason, hint, reason } from "./reasons";

const fill = (lines: string[], rows: RowInput[]) => {
  const snap = snapshotFromLines(lines);
  return planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), { docYear: 2026 });
};

describe("reasons as data", () => {
  it("keeps Proposal.reason as the zh-CN rendering of Proposal.why", () => {
    const rows: RowInput[] = [{ name: "城镇新增就业", value: 23456, unit: "人", period: "2025年", source: "统计公报" }];
    for (const p of fill(["2025年城镇新增就业X万人", "城镇新增就业X个百分点", "完成X件"], rows)) {
      expect(p.reason).toBe(describeReason(p.why, "zh-CN"));
    }
  });

  it("does the same for people and places", () => {
    const rows: RowInput[] = [
      { name: "县长", value: "司马光", region: "全县", kind: "person" },
      { name: "县名", value: "溪山县", region: "全县", kind: "place" },
    ];
    const ps = fill(["全县大会上，X县长讲话，XX同志主持，X书记出席，X县人民"], rows);
    expect(ps.length).toBeGreaterThan(3);
    for (const p of ps) expect(p.reason).toBe(describeReason(p.why, "zh-CN"));
    expect(describeReason(ps[0]!.why, "zh-CN")).toBe("县长的姓氏：县长（司马光）");
    expect(describeReason(ps[0]!.why, "en-US")).toBe("surname of “县长”: “县长” (司马光)");
  });

  it("renders every code in both languages with its parameters filled in", () => {
    const codes: ReasonCode[] = ["filled", "filled_name", "offered_approx", "no_mention", "unit_mismatch", "period_mismatch", "stock_flow_mismatch", "region_level_mismatch", "other_region", "level_for_change", "target_for_actual", "qualifier_missing", "note_missing", "qualifier_differs", "implausible_per_capita", "implausible_share", "sign_conflict", "negative_value", "digits_disagree", "not_integer", "too_many_decimals", "too_large", "not_finite", "ambiguous", "ambiguous_period", "list_mismatch", "bound_missing", "none_of_kind", "several_of_kind", "lower_admin_unit", "date_manual", "text_manual"];
    for (const code of codes) {
      const r: Reason = reason(code, { row: "城镇新增就业", unit: "万人", rowUnit: "人", period: "2025年", rowPeriod: "2026年", from: "heading", kind: "stock", rowKind: "flow" });
      const zh = describeReason(r, "zh-CN");
      const en = describeReason(r, "en-US");
      expect(zh).not.toMatch(/\{\w+\}/);
      expect(en).not.toMatch(/\{\w+\}/);
      expect(en).not.toMatch(/[本句段上方标题时点期数]{2}/);
    }
    expect(describeReason(reason("period_mismatch", { row: "a", rowPeriod: "2026年", period: "2025年", from: "heading" }), "zh-CN")).toContain("上方标题");
    expect(describeReason(reason("period_mismatch", { row: "a", rowPeriod: "2026年", period: "2025年", from: "heading" }), "en-US")).toContain("heading above");
  });

  it("gives every reason that names no row an actionable hint, in both languages", () => {
    const [p] = fill(["引进高端人才X名"], [{ name: "引进人才", value: 126, unit: "人" }]);
    expect(p?.why.code).toBe("no_mention");
    expect(describeReason(p!.why, "zh-CN")).toContain("在指标表“引进人才”的别名中加入“引进高端人才”");
    expect(describeReason(p!.why, "en-US")).toContain("Add “引进高端人才” to the aliases of “引进人才”");
    const [none] = fill(["完成X件"], [{ name: "新增就业", value: 1, unit: "件" }]);
    expect(none?.why.hint).toBeDefined();
    expect(describeReason(reason("list_mismatch", { count: "2" }, hint("write_manually")), "en-US")).toContain("Fill it in by hand");
  });
});
