import { bundledTable } from "../../../core/table/bundled";
import { RowSchema } from "../../../core/table/schema";
import { addRow, deleteRow, draftOf, duplicateRow, replaceRow, searchRows, splitAliases, validateDraft } from "./rowDraft";

const row = RowSchema.parse({ name: "城镇新增就业", aliases: ["新增就业"], value: 23456, unit: "人", period: "2019年" });

describe("the table editor's row form", () => {
  it("round-trips a row through the form unchanged", () => {
    const r = validateDraft(draftOf(row));
    expect(r).toEqual({ ok: true, row });
  });

  it("gives a message per field: empty name, empty value, a number row without a figure", () => {
    const r = validateDraft({ ...draftOf(row), name: " ", value: "" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.name?.message).toBe("指标名称不能为空");
      expect(r.errors.value?.code).toBeDefined();
    }
    const n = validateDraft({ ...draftOf(row), kind: "number", value: "很多" });
    expect(n.ok || n.errors.value?.code).toBe("not_number");
  });

  it("reads figures as numbers and names as text", () => {
    const fig = validateDraft({ ...draftOf(row), value: "2,345" });
    expect(fig.ok && fig.row.value).toBe(2345);
    const person = validateDraft({ ...draftOf(row), name: "市委书记", value: "李志刚", kind: "person" });
    expect(person.ok && person.row.value).toBe("李志刚");
    const code = validateDraft({ ...draftOf(row), value: "007", kind: "name" });
    expect(code.ok && code.row.value).toBe("007");
  });

  it("refuses a repeated alias and splits typed aliases on ; ； 、", () => {
    const r = validateDraft({ ...draftOf(row), aliases: ["新增就业", "新增就业"] });
    expect(r.ok || r.errors.aliases?.code).toBe("duplicate_alias");
    expect(splitAliases("新增就业；城镇就业、 就业人数;")).toEqual(["新增就业", "城镇就业", "就业人数"]);
  });

  it("adds, duplicates, replaces and deletes rows, marking the table as no longer sample data", () => {
    const t = { ...bundledTable, rows: [row] };
    const added = addRow(t, "新指标2");
    expect(added.rows.map((r) => r.name)).toEqual(["城镇新增就业", "新指标2"]);
    expect(added.sample).toBe(false);
    const withId = replaceRow(t, 0, { ...row, id: "jobs" });
    const dup = duplicateRow(withId, 0);
    expect(dup.rows).toHaveLength(2);
    expect(dup.rows[1]?.id).toBeUndefined();
    expect(dup.rows[1]?.aliases).toEqual(["新增就业"]);
    expect(deleteRow(dup, 0).rows).toHaveLength(1);
  });

  it("finds rows by name, alias, period or value", () => {
    const t = { ...bundledTable, rows: [row, RowSchema.parse({ name: "失业率", value: 3.2, unit: "%" })] };
    expect(searchRows(t, "新增").map((r) => r.index)).toEqual([0]);
    expect(searchRows(t, "2019").map((r) => r.index)).toEqual([0]);
    expect(searchRows(t, "3.2").map((r) => r.index)).toEqual([1]);
    expect(searchRows(t, "")).toHaveLength(2);
  });
});
