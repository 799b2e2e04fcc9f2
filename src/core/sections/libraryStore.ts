import { MAX_SECTIONS, type Section } from "./schema";
import { type LibraryProblem, parseLibrary, serializeLibrary } from "./userLibrary";

/**
 * The drafter's own sections in a key-value store (the pane's localStorage), never losing what is there: a stored
 * library that does not read is copied aside under a backup key and the user told; saving is refused (not cut) when
 * the limit or the store's quota would be passed; an import is merged only when the result stays within the limit.
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const LIBRARY_KEY = "draftkit.sections.v1";
export const BACKUP_KEY = `${LIBRARY_KEY}.backup`;

export interface StoredLibrary {
  sections: Section[];
  problems: LibraryProblem[];
  /** the stored library could not be read nor kept aside: saving would overwrite it, so saving is refused */
  locked: boolean;
}

const isQuota = (e: unknown): boolean => {
  const name = (e as { name?: unknown } | null)?.name;
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED";
};

const why = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function loadStoredLibrary(store: KeyValueStore): StoredLibrary {
  const raw = store.getItem(LIBRARY_KEY);
  if (raw === null || raw === "") return { sections: [], problems: [], locked: false };
  const r = parseLibrary(raw);
  if (r.ok) return { sections: r.sections, problems: [], locked: false };
  const reason = r.problems[0]?.message ?? "格式不对";
  const reasonEn = r.problems[0]?.messageEn ?? "wrong format";
  const existing = store.getItem(BACKUP_KEY);
  try {
    if (existing !== raw) store.setItem(existing === null ? BACKUP_KEY : `${BACKUP_KEY}.${Date.now()}`, raw);
  } catch (e) {
    return {
      sections: [],
      problems: [
        {
          code: "stored_unreadable",
          message: `本机保存的“我的章节”无法读取（${reason}），也无法另存备份（${isQuota(e) ? "存储空间不足" : why(e)}）。为免覆盖原内容，暂不保存新章节；请先清理浏览器存储或联系管理员`,
          messageEn: `"My sections" stored on this computer cannot be read (${reasonEn}) nor kept aside as a backup (${isQuota(e) ? "storage is full" : why(e)}). To avoid overwriting it, new sections are not saved: clear the browser's storage or ask your administrator`,
        },
      ],
      locked: true,
    };
  }
  return {
    sections: [],
    problems: [
      {
        code: "stored_unreadable",
        message: `本机保存的“我的章节”无法读取（${reason}）。原内容已另存为备份（${BACKUP_KEY}），未被删除；可重新导入章节库`,
        messageEn: `"My sections" stored on this computer cannot be read (${reasonEn}). It was kept as a backup (${BACKUP_KEY}), not deleted; you can import a section library again`,
      },
    ],
    locked: false,
  };
}

export type SaveResult = { ok: true } | { ok: false; problem: LibraryProblem };

export function saveStoredLibrary(store: KeyValueStore, sections: readonly Section[], locked = false): SaveResult {
  if (locked) return { ok: false, problem: { code: "save_failed", message: "本机章节库无法读取也无法备份，为免覆盖，未保存；请先清理浏览器存储", messageEn: "The stored section library can be neither read nor backed up: not saved, to avoid overwriting it. Clear the browser's storage first" } };
  if (sections.length > MAX_SECTIONS) {
    return { ok: false, problem: { code: "too_many_sections", message: `共 ${sections.length} 个章节，超过上限 ${MAX_SECTIONS} 个，未保存：请先删除部分章节`, messageEn: `${sections.length} sections, over the limit of ${MAX_SECTIONS}: not saved. Delete some sections first` } };
  }
  const text = serializeLibrary(sections);
  // What is stored must load again: check it reads back before it replaces what is there.
  const check = parseLibrary(text);
  if (!check.ok) return { ok: false, problem: { code: "save_failed", message: `章节库未保存：${check.problems[0]?.message ?? "格式不对"}`, messageEn: `The section library was not saved: ${check.problems[0]?.messageEn ?? "wrong format"}` } };
  try {
    store.setItem(LIBRARY_KEY, text);
    return { ok: true };
  } catch (e) {
    if (isQuota(e)) {
      return { ok: false, problem: { code: "storage_full", message: `本机存储空间不足，章节库（约 ${(text.length / 1e6).toFixed(1)} 百万字符）未能保存，原有内容未改动：请删去部分章节，或先导出备份`, messageEn: `Storage on this computer is full: the section library (about ${(text.length / 1e6).toFixed(1)} million characters) was not saved and what was there is unchanged. Delete some sections, or export a backup first` } };
    }
    return { ok: false, problem: { code: "save_failed", message: `章节库未能保存（${why(e)}），原有内容未改动`, messageEn: `The section library could not be saved (${why(e)}); what was there is unchanged` } };
  }
}

/**
 * An imported library merged into the drafter's own: sections with the same id are replaced by the imported ones,
 * others are added. Refused as a whole when the result would pass the limit.
 */
export function mergeImported(existing: readonly Section[], imported: readonly Section[]): { ok: true; sections: Section[]; added: number; replaced: number } | { ok: false; problem: LibraryProblem } {
  const ids = new Set(imported.map((s) => s.id));
  const kept = existing.filter((s) => !ids.has(s.id));
  const sections = [...kept, ...imported];
  if (sections.length > MAX_SECTIONS) {
    return {
      ok: false,
      problem: { code: "too_many_sections", message: `导入后将有 ${sections.length} 个章节（已有 ${existing.length}，导入 ${imported.length}，编号相同的 ${existing.length - kept.length} 个会被替换），超过上限 ${MAX_SECTIONS} 个；未导入，原有章节未改动`, messageEn: `After the import there would be ${sections.length} sections (${existing.length} already, ${imported.length} imported, ${existing.length - kept.length} with the same id replaced), over the limit of ${MAX_SECTIONS}: nothing was imported, your sections are unchanged` },
    };
  }
  return { ok: true, sections, added: sections.length - existing.length, replaced: existing.length - kept.length };
}
