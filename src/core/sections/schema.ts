import { z } from "zod";

/** A block of a section: the salutation (同志们：), a level-1 or level-2 heading (numbered on insertion) or body text. */
export const BlockSchema = z
  .object({
    role: z.enum(["title", "salutation", "h1", "h2", "body"]),
    text: z.string().min(1, "段落不能为空").max(5000, "段落过长（超过 5000 字）"),
  })
  .strict();

/** A reusable section: text with parameters ({{全}}, {{委}}, {{年}}…) and X placeholders. */
export const SectionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,60}$/, "编号只能用小写字母、数字和连字符"),
    title: z.string().trim().min(1, "章节名称不能为空").max(60, "章节名称最多 60 字"),
    category: z.string().trim().min(1, "分类不能为空").max(20, "分类最多 20 字"),
    keywords: z.array(z.string().max(20, "关键词最多 20 字")).max(20, "关键词最多 20 个").default([]),
    initials: z.string().max(400, "拼音首字母最多 400 个字符").default(""),
    source: z.string().max(60, "来源最多 60 字").default("user"),
    blocks: z.array(BlockSchema).min(1, "章节至少要有一段").max(200, "章节最多 200 段"),
  })
  .strict();

/** Own sections a library (and the pane's storage) may hold. */
export const MAX_SECTIONS = 1000;

export const LibraryFileSchema = z
  .object({
    format: z.literal("draftkit-sections"),
    version: z.literal(1),
    sections: z.array(SectionSchema),
  })
  .strict();

export type SectionInput = z.input<typeof SectionSchema>;
export type Section = z.output<typeof SectionSchema>;
export type Block = z.output<typeof BlockSchema>;
export type LibraryFile = z.output<typeof LibraryFileSchema>;
