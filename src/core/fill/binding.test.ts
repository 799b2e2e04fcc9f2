import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { TableSchema } from "../table/schema";
import { bindingOf, bindingTag, parseBindingTag, valueForBinding } from "./binding";
import { planFills } from "./plan";

const table = (value: number) =>
  TableSchema.parse({ format: "draftkit-table", version: 1, rows: [{ name: "新增就业", value, unit: "人", period: "2025年" }, { name: "局长", value: "欧阳明", kind: "person" }] });

describe("linked values", () => {
  const snap = snapshotFromLines(["2025年新增就业X万", "X局长"]);
  const [jobs, chief] = planFills(snap, scanSnapshot(snap).placeholders, table(23456), { docYear: 2026 });

  it("round-trips a binding through its content-control tag", () => {
    const b = bindingOf(jobs!);
    expect(b).toBeDefined();
    const tag = bindingTag(b!);
    expect(tag.startsWith("draftkit:1:n:")).toBe(true);
    expect(parseBindingTag(tag)).toEqual(b);
    expect(parseBindingTag("something else")).toBeUndefined();
    expect(parseBindingTag("draftkit:1:n:%E0%A4%A")).toBeUndefined();
  });

  it("writes the value again from a changed table, formatted as the placeholder asked", () => {
    const b = bindingOf(jobs!)!;
    expect(valueForBinding(b, table(30000), false)).toMatchObject({ ok: true, value: "3" });
    expect(valueForBinding(bindingOf(chief!)!, table(1), false)).toMatchObject({ ok: true, value: "欧阳" });
  });

  it("reports a row that disappeared instead of writing anything", () => {
    const b = bindingOf(jobs!)!;
    const empty = TableSchema.parse({ format: "draftkit-table", version: 1, rows: [] });
    expect(valueForBinding(b, empty, false)).toMatchObject({ ok: false });
  });
});
