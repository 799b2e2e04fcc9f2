import type { BlockRole } from "../host";
import { zodMessage, zodMessageEn } from "../table/io/zodMessage";
import { type LibraryFile, LibraryFileSchema, MAX_SECTIONS, type Section, SectionSchema } from "./schema";

/** Library files above this many characters are refused before parsing. */
export const MAX_LIBRARY_CHARS = 20_000_000;

/** Every code a library problem can carry; each has its English text beside the zh-CN one (problemsEn.test.ts checks). */
export const libraryProblemCodes = ["bad_json", "bad_shape", "duplicate_id", "too_large", "too_many_sections", "storage_full", "stored_unreadable", "save_failed"] as const;

export interface LibraryProblem {
  code: (typeof libraryProblemCodes)[number];
  /** zh-CN */
  message: string;
  /** the same message in en-US */
  messageEn: string;
  /** 1-based position of the section in the file */
  section?: number;
  field?: string;
}

export type LibraryParse = { ok: true; sections: Section[] } | { ok: false; problems: LibraryProblem[] };

const fieldLabel: Record<string, string> = { id: "编号", title: "名称", category: "分类", blocks: "段落", keywords: "关键词", text: "文字", role: "类型" };

/** Reads a library file ({format:"draftkit-sections", version:1, sections:[…]}); every problem is located in zh-CN. */
export function parseLibrary(text: string): LibraryParse {
  if (text.length > MAX_LIBRARY_CHARS) {
    return { ok: false, problems: [{ code: "too_large", message: `章节库文件过大（${(text.length / 1e6).toFixed(1)} 百万字符，上限 ${MAX_LIBRARY_CHARS / 1e6} 百万）：请只导出需要的章节`, messageEn: `The section library file is too large (${(text.length / 1e6).toFixed(1)} million characters, limit ${MAX_LIBRARY_CHARS / 1e6} million): export only the sections you need` }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ code: "bad_json", message: "不是有效的 JSON 文件：请使用 DraftKit 导出的章节库", messageEn: "Not a valid JSON file: use a section library exported by DraftKit" }] };
  }
  const parsed = LibraryFileSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 50).map((i) => {
        const [head, index, field] = i.path;
        const at = head === "sections" && typeof index === "number" ? index + 1 : undefined;
        const f = typeof field === "string" ? (Object.hasOwn(fieldLabel, field) ? fieldLabel[field] : field) : undefined;
        return {
          code: "bad_shape",
          message: at ? `第 ${at} 个章节${f ? `的“${f}”` : ""}有误：${zodMessage(i)}` : `章节库结构有误（${i.path.join(".") || "根"}）：${zodMessage(i)}`,
          messageEn: at ? `Section ${at}${typeof field === "string" ? `, "${field}"` : ""}: ${zodMessageEn(i)}` : `The library's structure is wrong (${i.path.join(".") || "root"}): ${zodMessageEn(i)}`,
          ...(at ? { section: at } : {}),
          ...(f ? { field: f } : {}),
        };
      }),
    };
  }
  if (parsed.data.sections.length > MAX_SECTIONS) {
    return { ok: false, problems: [{ code: "too_many_sections", message: `章节库有 ${parsed.data.sections.length} 个章节，超过上限 ${MAX_SECTIONS} 个：请分成几个文件`, messageEn: `The library has ${parsed.data.sections.length} sections, over the limit of ${MAX_SECTIONS}: split it into several files` }] };
  }
  const seen = new Map<string, number>();
  const problems: LibraryProblem[] = [];
  parsed.data.sections.forEach((s, i) => {
    const first = seen.get(s.id);
    if (first) problems.push({ code: "duplicate_id", section: i + 1, field: "编号", message: `第 ${i + 1} 个章节的编号“${s.id}”与第 ${first} 个重复`, messageEn: `Section ${i + 1}: its id "${s.id}" is the same as section ${first}'s` });
    else seen.set(s.id, i + 1);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, sections: parsed.data.sections };
}

export const serializeLibrary = (sections: readonly Section[]): string =>
  `${JSON.stringify({ format: "draftkit-sections", version: 1, sections: [...sections] } satisfies LibraryFile, null, 2)}\n`;

/** A drafter's own section from selected paragraphs; numbers are dropped from headings (they are set on insertion). */
export function sectionFromSelection(blocks: readonly { role: BlockRole; text: string }[], title: string, category: string, id: string): Section {
  const strip = (t: string) => t.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/, "");
  return SectionSchema.parse({
    id,
    title,
    category,
    source: "user",
    blocks: blocks.map((b) => ({ role: b.role, text: b.role === "h1" || b.role === "h2" ? strip(b.text) : b.text })),
  });
}

/** The role a line of plain text plays: 一、 → h1, （一） → h2, 同志们： → salutation, anything else → body. */
export function roleOfLine(text: string): BlockRole {
  const t = text.trim();
  if (/^[一二三四五六七八九十]+、/.test(t)) return "h1";
  if (/^（[一二三四五六七八九十]+）/.test(t)) return "h2";
  if (/^同志们[：:]$/.test(t)) return "salutation";
  return "body";
}

/** A section edited as plain text (one paragraph per line) back into a section; problems are thrown as zod errors. */
export function sectionFromText(base: Section, title: string, category: string, text: string): Section {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l);
  return sectionFromSelection(lines.map((l) => ({ role: roleOfLine(l), text: l })), title, category, base.id);
}

/** The editable text of a section: headings get a placeholder number so their level survives the round trip. */
export const sectionToText = (s: Section): string =>
  s.blocks.map((b) => (b.role === "h1" ? `一、${b.text}` : b.role === "h2" ? `（一）${b.text}` : b.text)).join("\n");
