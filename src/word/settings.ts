import type { Outcome } from "../core/host";
import { type IndicatorTable, TableSchema } from "../core/table/schema";

/**
 * The indicator table travels with the document in its add-in settings (Office.context.document.settings, saved
 * inside the .docx). Settings hold about 2 MB; a larger table is refused with a message rather than cut.
 */
const KEY = "draftkit.table.v1";
const MAX_CHARS = 1_500_000;

export function loadTableSetting(): IndicatorTable | undefined {
  const raw = Office.context.document.settings.get(KEY) as unknown;
  if (raw === null || raw === undefined) return undefined;
  const parsed = TableSchema.safeParse(typeof raw === "string" ? JSON.parse(raw) : raw);
  if (!parsed.success) throw new Error("文档中保存的指标表已损坏，已改用内置示例表。请重新导入指标表。");
  return parsed.data;
}

export function saveTableSetting(table: IndicatorTable | undefined): Promise<Outcome> {
  const settings = Office.context.document.settings;
  if (table) {
    const json = JSON.stringify(table);
    if (json.length > MAX_CHARS) {
      return Promise.resolve({ ok: false, code: "table_too_large", message: `指标表过大（${table.rows.length} 行），无法随文档保存；请精简后再导入` });
    }
    settings.set(KEY, json);
  } else settings.remove(KEY);
  return new Promise((resolve) => {
    settings.saveAsync((r) => {
      resolve(r.status === Office.AsyncResultStatus.Succeeded ? { ok: true } : { ok: false, code: "settings_save_failed", message: `指标表未能保存到文档：${r.error?.message ?? "未知错误"}` });
    });
  });
}
