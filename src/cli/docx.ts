import type { Proposal } from "../core/fill/types";
import { targetsFor } from "../core/fill/targets";
import { sniffBinary } from "../platform/sniff";
import { type DocxFile, type DocxSnapshot, type EditRefusal, editsForFills, readDocx, snapshotOfDocx, writeEdits } from "../wordml";
import { nodeXml } from "../wordml/xmldom";
import { type WriteOutcome, writeSafely } from "./safeWrite";

/**
 * .docx drafts for the CLI: read through src/wordml into the same snapshot the pane scans (body with tables, the
 * headers and footers shown, notes; tracked deletions left out), and filled by patching only the runs that hold
 * each placeholder.
 */
export interface DocxDraft {
  kind: "docx";
  path: string;
  /** every paragraph's text in snapshot order (for counts; the snapshot holds the parts) */
  lines: string[];
  file: DocxFile;
  snap: DocxSnapshot;
}

export const isDocxBytes = (bytes: Uint8Array): boolean => sniffBinary(bytes)?.code === "docx";

export function readDocxDraft(path: string, bytes: Uint8Array): { ok: true; draft: DocxDraft } | { ok: false; message: string } {
  const r = readDocx(bytes, nodeXml());
  if (!r.ok) return { ok: false, message: `无法读取 ${path}：这是 Word 文档（.docx），但${r.message}` };
  const snap = snapshotOfDocx(r.file.doc.parts);
  return { ok: true, draft: { kind: "docx", path, lines: snap.snapshot.paragraphs.map((p) => p.text), file: r.file, snap } };
}

export interface DocxWrite {
  out: string;
  inputs: readonly string[];
  inPlace: boolean;
  /** record the fill as tracked changes (author DraftKit) */
  trackChanges: boolean;
  /** keep values in content controls tagged with their row, as the add-in's 保持链接 does */
  linked: boolean;
  date?: Date;
}

/**
 * Writes the sure (and picked) proposals into a copy of the .docx, safely. Targets left unfilled are returned as
 * messages (the writer refuses a target whose runs it cannot split safely, e.g. inside a field result).
 */
export async function writeDocxDraft(draft: DocxDraft, proposals: readonly Proposal[], w: DocxWrite): Promise<{ outcome: WriteOutcome; skipped: string[] }> {
  const chosen = proposals.filter((p) => p.status === "fill" && p.value !== null).map((p) => ({ proposal: p, value: p.value ?? "" }));
  const { edits, missing } = editsForFills(draft.snap, targetsFor(chosen), { trackChanges: w.trackChanges, linked: w.linked }, w.date ?? new Date());
  const written = writeEdits(draft.file, edits, nodeXml());
  const outcome = await writeSafely(w.out, written.bytes, { inputs: w.inputs, allowOverwrite: w.inPlace ? [draft.path] : [] });
  const skipped = [...missing.map((t) => `未填“${t.text}”：找不到它所在的段落`), ...written.refused.map((r: EditRefusal) => r.message)];
  return { outcome, skipped };
}
