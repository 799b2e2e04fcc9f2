/**
 * Comments the pane made (审核 → 批注) in a document opened from a .docx, as comments of the downloaded file. The
 * simulation loads none of the file's own comments, so every comment it holds is DraftKit's. Each is placed by its
 * paragraph's place in the file and its offsets in the reviewed text, which the fill edits written just before
 * leave equal in the simulation and in the file.
 */
import type { SimDocument } from "../simword/model/document";
import type { SimParagraph } from "../simword/model/nodes";
import { type DocxFile, fullOffset, paragraphsOf, type Paragraph, reviewedText } from "../wordml";
import type { NewComment } from "../wordml/comments";

/** Offset `full` of a simulated paragraph's text (deleted runs included) in its reviewed text. */
function reviewedOffset(p: SimParagraph, full: number): number {
  let at = 0;
  let out = 0;
  for (const r of p.runs) {
    if (at >= full) break;
    if (r.kind !== "deleted") out += Math.min(r.text.length, full - at);
    at += r.text.length;
  }
  return out;
}

/** The comments to add to `file` (the file with the pane's edits written), and a note for each that cannot be placed. */
export function commentsFromSim(doc: SimDocument, file: DocxFile, date: Date): { comments: NewComment[]; notes: string[] } {
  const byPlace = new Map<string, Paragraph>();
  for (const part of file.doc.parts) for (const p of paragraphsOf(part.blocks)) byPlace.set(`${p.xml.entry}#${p.xml.index}`, p);
  const comments: NewComment[] = [];
  const notes: string[] = [];
  for (const c of doc.comments) {
    const { start, end } = c.span;
    const origin = start.para.origin;
    const source = origin ? byPlace.get(`${origin.entry}#${origin.index}`) : undefined;
    const simText = start.para.runs.filter((r) => r.kind !== "deleted").map((r) => r.text).join("");
    if (start.para !== end.para || !source || reviewedText(source) !== simText) {
      notes.push(`批注“${c.content}”未写入 .docx：它不在原文件的某一个段落之内。`);
      continue;
    }
    const from = fullOffset(source, reviewedOffset(start.para, start.offset), "start");
    const to = fullOffset(source, reviewedOffset(start.para, end.offset), "end");
    comments.push({ paragraph: source.xml, start: from, end: to, text: source.text.slice(from, to), content: c.content, author: c.authorName, date: date.toISOString().replace(/\.\d{3}Z$/, "Z") });
  }
  return { comments, notes };
}
