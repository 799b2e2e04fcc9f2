import type { Outcome } from "../core/host";
import { zodMessage } from "../core/table/io/zodMessage";
import { type IndicatorTable, TableSchema } from "../core/table/schema";

/**
 * The indicator table travels with the document in its add-in settings (Office.context.document.settings, saved
 * inside the .docx). Settings hold about 2 MB; a larger table is refused with a message rather than cut, on save
 * and on load alike. A stored table that does not read is copied under a backup key, never removed unasked.
 */
const KEY = "draftkit.table.v1";
export const TABLE_BACKUP_KEY = `${KEY}.backup`;
export const MAX_TABLE_SETTING_CHARS = 1_500_000;
const MAX_BACKUP_CHARS = 300_000;

const fallback = "本次改用内置示例表；重新导入指标表即可。";

/** Copies an unreadable stored value aside (in memory until the settings are next saved with the document). */
function keepAside(settings: Office.Settings, raw: unknown, size: number): string {
  // A large copy could push the settings past what the document can hold, failing the next save of a good table.
  if (size > MAX_BACKUP_CHARS) return "原内容仍在文档中，未删除；导入新的指标表时才会被替换。";
  try {
    if (settings.get(TABLE_BACKUP_KEY) === null) settings.set(TABLE_BACKUP_KEY, raw);
    return `原内容已另存为“${TABLE_BACKUP_KEY}”，未删除。`;
  } catch (e) {
    return `原内容未能另存（${e instanceof Error ? e.message : String(e)}），但未删除。`;
  }
}

export function loadTableSetting(): IndicatorTable | undefined {
  const settings = Office.context.document.settings;
  const raw = settings.get(KEY) as unknown;
  if (raw === null || raw === undefined) return undefined;
  const size = typeof raw === "string" ? raw.length : JSON.stringify(raw).length;
  if (size > MAX_TABLE_SETTING_CHARS) {
    // Not read, not copied: it stays as it is until the user imports another table.
    throw new Error(`文档中保存的指标表过大（${(size / 1e6).toFixed(1)} 百万字符，上限 ${MAX_TABLE_SETTING_CHARS / 1e6} 百万），未读取，也未删除。${fallback}`);
  }
  let data: unknown = raw;
  if (typeof raw === "string") {
    try {
      data = JSON.parse(raw);
    } catch {
      throw new Error(`文档中保存的指标表已损坏（不是有效的 JSON）。${keepAside(settings, raw, size)}${fallback}`);
    }
  }
  const parsed = TableSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`文档中保存的指标表已损坏（${first ? `${first.path.join(".") || "根"}：${zodMessage(first)}` : "格式不对"}）。${keepAside(settings, raw, size)}${fallback}`);
  }
  return parsed.data;
}

export function saveTableSetting(table: IndicatorTable | undefined): Promise<Outcome> {
  const settings = Office.context.document.settings;
  if (table) {
    const json = JSON.stringify(table);
    if (json.length > MAX_TABLE_SETTING_CHARS) {
      return Promise.resolve({
        ok: false,
        code: "table_too_large",
        message: `指标表过大（${table.rows.length} 行，约 ${(json.length / 1e6).toFixed(1)} 百万字符，上限 ${MAX_TABLE_SETTING_CHARS / 1e6} 百万），无法随文档保存：本次可以使用，关闭文档后不会保留。请精简后再导入`,
      });
    }
    settings.set(KEY, json);
  } else settings.remove(KEY);
  return new Promise((resolve) => {
    settings.saveAsync((r) => {
      resolve(r.status === Office.AsyncResultStatus.Succeeded ? { ok: true } : { ok: false, code: "settings_save_failed", message: `指标表未能保存到文档（${r.error?.message ?? "未知错误"}）：本次可以使用，关闭文档后可能不会保留` });
    });
  });
}
