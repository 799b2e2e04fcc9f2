import { type PartRef, isNote } from "../core/document/snapshot";

/**
 * The Word body holding a part, without a sync: a header or footer of section n is reached from the first section
 * through getNext() (WordApi 1.3) instead of loading the section list; footnotes and endnotes likewise.
 */
export function bodyOf(context: Word.RequestContext, part: PartRef): Word.Body {
  if (part.kind === "body") return context.document.body;
  if (isNote(part)) {
    // WordApi 1.5: the n-th note is reached from the first through getNext(), as sections are.
    let note = (part.kind === "footnote" ? context.document.body.footnotes : context.document.body.endnotes).getFirst();
    for (let i = 0; i < part.index; i += 1) note = note.getNext();
    // NoteItem.body is a navigation property (an object proxy), usable without load; the rules take it for a value.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    return note.body;
  }
  // The add-in reads no text box (Word lists their paragraphs in no body), so no target of its can name one.
  if (part.kind === "textbox") throw new Error("加载项不读取文本框中的文字");
  let section = context.document.sections.getFirst();
  for (let i = 0; i < part.section; i += 1) section = section.getNext();
  return part.kind === "header" ? section.getHeader(part.type) : section.getFooter(part.type);
}
