/**
 * A user's .docx in the browser: read with the browser's own XML parser into the simulated host's document (through
 * the bridge src/simword/docx.ts), and written back after scan, fill, insert and audit. Nothing leaves the page.
 */
import { docxFromSimDocument, simDocumentFromDocx } from "../simword/docx";
import type { SimDocument } from "../simword/model/document";
import { browserXml, type DocxFile, readDocx, writeEdits } from "../wordml";
import { addComments } from "../wordml/comments";
import { textBoxesOf } from "../wordml/textBoxes";
import { commentsFromSim } from "./comments";
import { expandTag, TAG_KEY } from "../word/tags";
import { insertsFromSim } from "./sections";

export interface OpenedDocx {
  name: string;
  file: DocxFile;
  doc: SimDocument;
  /** text boxes in the file: the pane reads none (as in Word), so the page says so when there are some */
  textBoxes: number;
}

export type OpenResult = { ok: true; opened: OpenedDocx } | { ok: false; message: string };

export function openDocx(name: string, bytes: Uint8Array): OpenResult {
  if (!/\.docx$/i.test(name)) return { ok: false, message: `“${name}”不是 .docx 文件：请在 Word 或 WPS 中另存为 .docx 后再打开。` };
  const r = readDocx(bytes, browserXml());
  if (!r.ok) return { ok: false, message: `无法打开“${name}”：${r.message}` };
  return { ok: true, opened: { name, file: r.file, doc: simDocumentFromDocx(r.file), textBoxes: textBoxesOf(r.file.doc.parts).length } };
}

/** What the page tells about an opened file's text boxes, which the pane neither scans, fills nor audits. */
export function textBoxNotice(opened: OpenedDocx, en: boolean): string | undefined {
  if (opened.textBoxes === 0) return undefined;
  return en
    ? `This document has ${opened.textBoxes} text box(es). The pane does not read text boxes (Word's API lists their paragraphs nowhere); they are downloaded unchanged. Check them with draftkit scan/fill, or by hand.`
    : `本文档有 ${opened.textBoxes} 个文本框。窗格不读取文本框中的文字（Word 的接口不列出其段落），下载时原样保留。请用 draftkit scan / fill 命令或手工检查文本框。`;
}

export interface SaveResult {
  bytes: Uint8Array;
  /** what could not be written, one message each (paragraphs added by 插入, refused fills) */
  notes: string[];
}

/**
 * The pane keeps content-control tags short (dk:<id>) with the full tags in the add-in settings, which a .docx
 * written here does not carry; so the file gets the full tags (still read by the add-in, the CLI and this page).
 */
function withFullTags<T>(doc: SimDocument, write: () => T): T {
  const raw = doc.settings.get(TAG_KEY);
  const map = raw && typeof raw === "object" ? (raw as Record<string, string>) : {};
  const controls = doc.liveContentControls();
  const before = controls.map((c) => c.tag);
  for (const c of controls) c.tag = expandTag(c.tag, map);
  try {
    return write();
  } finally {
    controls.forEach((c, i) => (c.tag = before[i] ?? c.tag));
  }
}

export function saveDocx(opened: OpenedDocx, date = new Date()): SaveResult {
  return withFullTags(opened.doc, () => save(opened, date));
}

/** The pane's comments, added to the file once the fills are written (the comments anchor on the filled text). */
function withComments(opened: OpenedDocx, bytes: Uint8Array, date: Date, notes: string[]): Uint8Array {
  if (opened.doc.comments.length === 0) return bytes;
  const xml = browserXml();
  const edited = readDocx(bytes, xml);
  if (!edited.ok) {
    notes.push(`批注未写入 .docx：${edited.message}`);
    return bytes;
  }
  const { comments, notes: unplaced } = commentsFromSim(opened.doc, edited.file, date);
  const added = addComments(edited.file, comments, xml);
  notes.push(...unplaced, ...added.refused.map((x) => x.message));
  return added.bytes;
}

function save(opened: OpenedDocx, date: Date): SaveResult {
  const xml = browserXml();
  const written = docxFromSimDocument(opened.doc, opened.file, xml, date);
  const notes = written.refused.map((x) => x.message);
  const r = { ...written, bytes: withComments(opened, written.bytes, date, notes) };
  const { inserts, orphans } = insertsFromSim(opened.doc, date, opened.file.doc.styles);
  if (inserts.length === 0) {
    if (r.notWritten > 0) notes.unshift(`插入的 ${r.notWritten} 个段落未写入 .docx。`);
    return { bytes: r.bytes, notes };
  }
  // The edits leave every w:p of the file where it was, so the added paragraphs go after their anchors in the result.
  const edited = readDocx(r.bytes, xml);
  if (!edited.ok) return { bytes: r.bytes, notes: [...notes, `插入的段落未写入 .docx：${edited.message}`] };
  const w = writeEdits(edited.file, [], xml, inserts);
  const lost = orphans + w.refusedInserts.reduce((n, x) => n + x.insert.paragraphs.length, 0);
  if (lost > 0) notes.unshift(`插入的 ${lost} 个段落未写入 .docx（它们前面没有原文件中的段落）。`);
  return { bytes: w.bytes, notes };
}

/** The downloaded file's name: 讲话稿.docx → 讲话稿-DraftKit.docx. */
export const savedName = (name: string): string => name.replace(/(\.docx)?$/i, "-DraftKit.docx");
