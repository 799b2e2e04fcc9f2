import { z } from "zod";

/** One indicator: a figure (城镇新增就业 23456 人, 2019年, 全市), a person (市委书记 李志刚) or a place (市名 云川市). */
export const RowSchema = z
  .object({
    id: z.string().trim().min(1).optional(),
    name: z.string().trim().min(1, "指标名称不能为空"),
    aliases: z.array(z.string().trim().min(1)).default([]),
    value: z.union([
      z
        .number({ invalid_type_error: "数值应为数字或文字" })
        .finite("数值不是有限数")
        .refine((v) => !Number.isFinite(v) || Math.abs(v) < 1e15, "数值过大，无法准确写出：应小于 10^15"),
      z.string().trim().min(1, "数值不能为空"),
    ]),
    unit: z.string().trim().default(""),
    period: z.string().trim().default(""),
    region: z.string().trim().default(""),
    source: z.string().trim().default(""),
    kind: z.enum(["number", "person", "place", "name"]).optional(),
  })
  .strict();

export const TableSchema = z
  .object({
    format: z.literal("draftkit-table"),
    version: z.literal(1),
    title: z.string().default(""),
    /** sample data (示例数据): shown as such everywhere it is used */
    sample: z.boolean().default(false),
    rows: z.array(RowSchema).max(100_000, "表格超过 100000 行"),
  })
  .strict();

export type RowInput = z.input<typeof RowSchema>;
export type Row = z.output<typeof RowSchema>;
export type IndicatorTable = z.output<typeof TableSchema>;
export type RowKind = NonNullable<Row["kind"]>;

const placeNames = ["市名", "县名", "区名", "地名", "省名", "镇名", "乡名"];

/** The kind a row was given, or the one its value and name imply. */
export function rowKind(row: Row): RowKind {
  if (row.kind) return row.kind;
  if (typeof row.value === "number") return "number";
  if (placeNames.includes(row.name) || /(?:市|县|区|省|州|镇|乡)$/.test(row.value)) return "place";
  if (/(?:长|书记|主任|主席|委员|同志|经理|秘书)$/.test(row.name)) return "person";
  return "name";
}

/** A stable id: explicit, or derived from what distinguishes a row (name, period, region). */
// asked for every candidate of every placeholder; rows are not changed once imported
const derivedIds = new WeakMap<Row, string>();
export const rowId = (row: Row): string => {
  if (row.id !== undefined) return row.id;
  let id = derivedIds.get(row);
  if (id === undefined) {
    id = [row.name, row.period, row.region].filter((s) => s.length > 0).join("|");
    derivedIds.set(row, id);
  }
  return id;
};
