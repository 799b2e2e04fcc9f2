import { readFile, stat } from "node:fs/promises";
import { type DocSnapshot, snapshotFromLines, splitLines } from "../core/document/snapshot";
import { decodeText } from "../platform/decode";
import { type TextEncoding, encodeText } from "../platform/encode";
import { type DocxDraft, isDocxBytes, readDocxDraft } from "./docx";
import { type WriteOutcome, writeSafely } from "./safeWrite";

/**
 * A draft as read from disk, by kind. Text drafts remember their encoding, BOM and line endings so a draft written
 * back looks to Notepad and Word exactly as before. Other kinds (a .docx reader) add a branch here and in
 * readDraftFile/draftBytes; commands only see `lines` and call writeDraft.
 */
export type DraftFile = TextDraft | DocxDraft;

export interface TextDraft {
  kind: "text";
  path: string;
  lines: string[];
  encoding: TextEncoding;
  bom: boolean;
  eol: "\n" | "\r\n" | "\r";
  /** whether the file ended with a line break */
  finalEol: boolean;
}

export type DraftRead = { ok: true; draft: DraftFile } | { ok: false; message: string };

/** Drafts above this size are refused before reading: a speech is a few hundred KB at most. */
export const MAX_DRAFT_BYTES = 32 * 1024 * 1024;

function ioWhy(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "文件不存在 (file not found)";
  if (code === "EISDIR") return "这是一个文件夹 (is a directory)";
  if (code === "EACCES" || code === "EPERM") return "没有读取权限 (permission denied)";
  return `读取失败（${code ?? String(e)}）`;
}

function dominantEol(text: string): { eol: TextDraft["eol"]; finalEol: boolean } {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf += 1;
        i += 1;
      } else cr += 1;
    } else if (c === 10) lf += 1;
  }
  const eol = crlf >= lf && crlf >= cr && crlf > 0 ? "\r\n" : cr > lf ? "\r" : "\n";
  return { eol, finalEol: /[\r\n]$/.test(text) };
}

/** Reads a draft; every refusal is one message saying what the file is and how to fix it. */
export async function readDraftFile(path: string): Promise<DraftRead> {
  let bytes: Uint8Array;
  try {
    const { size } = await stat(path);
    if (size > MAX_DRAFT_BYTES) return { ok: false, message: `无法读取 ${path}：文件有 ${(size / 1048576).toFixed(1)} MB，超过文稿上限 ${MAX_DRAFT_BYTES / 1048576} MB，请拆分后处理` };
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    return { ok: false, message: `无法读取 ${path}：${ioWhy(e)}` };
  }
  if (isDocxBytes(bytes)) return readDocxDraft(path, bytes);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, message: `无法读取 ${path}：${decoded.message}` };
  const encoding: TextEncoding = decoded.encoding === "utf-8-bom" ? "utf-8" : decoded.encoding;
  return { ok: true, draft: { kind: "text", path, lines: splitLines(decoded.text), encoding, bom: decoded.bom, ...dominantEol(decoded.text) } };
}

/** The bytes of `lines` written as `draft` was read (or as UTF-8/LF when `asUtf8` is asked for). */
export function draftBytes(draft: TextDraft, lines: readonly string[], asUtf8 = false): Uint8Array {
  if (asUtf8) return encodeText(`${lines.join("\n")}\n`, "utf-8", false);
  const text = lines.join(draft.eol) + (draft.finalEol || lines.length === 0 ? draft.eol : "");
  return encodeText(text, draft.encoding, draft.bom);
}

export interface DraftWrite {
  out: string;
  /** every file the command read: the output may not be one of them */
  inputs: readonly string[];
  inPlace: boolean;
  asUtf8?: boolean;
}

export function writeDraft(draft: TextDraft, lines: readonly string[], w: DraftWrite): Promise<WriteOutcome> {
  return writeSafely(w.out, draftBytes(draft, lines, w.asUtf8 ?? false), { inputs: w.inputs, ...(w.inPlace ? { allowOverwrite: [draft.path] } : { allowOverwrite: [] }) });
}

/** What the commands scan: a text draft's lines as body paragraphs, or a .docx's parts as the pane reads them. */
export const draftSnapshot = (draft: DraftFile): DocSnapshot => (draft.kind === "docx" ? draft.snap.snapshot : snapshotFromLines(draft.lines));
