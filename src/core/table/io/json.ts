import { type IndicatorTable, TableSchema } from "../schema";
import { type TableError, type TableParse, capErrors } from "./errors";
import { findDuplicates } from "./grid";
import { zodMessage, zodMessageEn } from "./zodMessage";

const fieldLabel: Record<string, string> = { name: "指标", value: "数值", unit: "单位", period: "期间", region: "地区", source: "来源", aliases: "别名", kind: "类型", id: "编号" };

/** A DraftKit table in JSON ({format, version, rows}) or a bare array of rows; zod issues become located errors. */
export function tableFromJson(jsonText: string, title = ""): TableParse<IndicatorTable> {
  if (jsonText.trim() === "") return { ok: false, errors: [{ code: "empty_file", message: "文件是空的", messageEn: "The file is empty" }] };
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch (e) {
    const at = /position (\d+)/.exec(String(e))?.[1];
    const line = at === undefined ? undefined : jsonText.slice(0, Number(at)).split("\n").length;
    return { ok: false, errors: [{ code: "bad_json", message: `不是有效的 JSON${line ? `（第 ${line} 行附近）` : ""}：请用 DraftKit 导出的格式`, messageEn: `Not valid JSON${line ? ` (near line ${line})` : ""}: use the format DraftKit exports`, ...(line ? { row: line } : {}) }] };
  }
  const candidate = Array.isArray(data) ? { format: "draftkit-table", version: 1, title, rows: data } : data;
  const parsed = TableSchema.safeParse(candidate);
  if (!parsed.success) {
    const errors: TableError[] = parsed.error.issues.map((issue) => {
      const [head, index, field] = issue.path;
      if (head === "rows" && typeof index === "number") {
        const column = typeof field === "string" ? (Object.hasOwn(fieldLabel, field) ? fieldLabel[field] : field) : undefined;
        return { code: "bad_shape", row: index + 1, ...(column ? { column } : {}), message: `第 ${index + 1} 条${column ? `的“${column}”` : ""}有误：${zodMessage(issue)}`, messageEn: `Entry ${index + 1}${typeof field === "string" ? `, "${field}"` : ""}: ${zodMessageEn(issue)}` };
      }
      return { code: "bad_shape", message: `表格结构有误（${issue.path.join(".") || "根"}）：${zodMessage(issue)}；应为 {"format":"draftkit-table","version":1,"rows":[…]}`, messageEn: `The table's structure is wrong (${issue.path.join(".") || "root"}): ${zodMessageEn(issue)}; it should be {"format":"draftkit-table","version":1,"rows":[…]}` };
    });
    return { ok: false, errors: capErrors(errors) };
  }
  const dups = findDuplicates(parsed.data.rows, (i) => i + 1);
  return dups.length > 0 ? { ok: false, errors: capErrors(dups) } : { ok: true, value: parsed.data };
}

export const tableToJson = (table: IndicatorTable): string => `${JSON.stringify(table, null, 2)}\n`;
