import type { InsertOptions, SectionBlock } from "../core/host";
import { NEW_H1, NEW_H2, renumber } from "../core/sections/renumber";
import { HostError, friendly } from "./errors";
import { sectionOoxml } from "./ooxml";

/** A block as inserted: a new heading's text starts with its mark (NEW_H1/NEW_H2) instead of a number. */
export type InsertBlock = SectionBlock;

const autoH1 = /^[一二三四五六七八九十]+、$/;
const autoH2 = /^（[一二三四五六七八九十]+）$/;

/**
 * Inserts blocks after the paragraph holding the cursor, in two syncs (three when the document has automatic list
 * numbering): (1) the blocks as one OOXML fragment — exact 28 pt lines, East Asian fonts, placeholder content
 * controls (see ooxml.ts) — then the text of the whole body; (2) the numbers of the new headings and of the
 * headings after them (renumbering), written over the old number only so the rest of each heading is untouched.
 *
 * Automatic numbers (ListItem.listString, WordApi 1.3) are not in paragraph.text: when the document has list items,
 * their numbers are read in an extra sync and counted. Where the document's headings of a level are automatic, the
 * new headings of that level join the same list (attachToList) instead of getting a typed number, so Word's
 * numbering stays one sequence; headings numbered by hand are renumbered by hand.
 * A failed batch keeps what ran before the failure (Word does not roll back), so on failure the temporary heading
 * marks are removed from whatever was inserted before the error is reported.
 */
export async function insertBlocks(context: Word.RequestContext, blocks: readonly InsertBlock[], options: InsertOptions): Promise<number> {
  try {
    const anchor = context.document.getSelection().paragraphs.getLast();
    anchor.insertParagraph("", "After").insertOoxml(sectionOoxml(blocks, options), "Replace");
    const all = context.document.body.paragraphs.load("items/text,items/isListItem");
    await context.sync();
    const items = all.items.map((p) => (p.isListItem ? { item: p.listItem.load("listString,level"), list: p.listOrNullObject.load("id") } : undefined));
    if (items.some((i) => i)) await context.sync();
    const auto = (re: RegExp) => items.find((i) => i && re.test(i.item.listString));
    const lists = { h1: auto(autoH1), h2: auto(autoH2) };
    const texts = all.items.map((p, i) => (items[i]?.item.listString ?? "") + p.text);
    let edits = 0;
    for (const e of renumber(texts)) {
      const p = all.items[e.paragraph];
      if (!p || items[e.paragraph]) continue; // Word numbers list items itself
      const join = e.from === NEW_H1 ? lists.h1 : e.from === NEW_H2 ? lists.h2 : undefined;
      p.search(e.from, { matchCase: true }).getFirst().insertText(join ? "" : e.to, "Replace");
      if (join) p.attachToList(join.list.id, join.item.level);
      edits += 1;
    }
    await context.sync();
    return edits;
  } catch (e) {
    const why = friendly(e);
    try {
      await removeMarks(context);
    } catch (again) {
      throw new HostError(why.code, `${why.message}插入未完成，且未能清除临时标记（${friendly(again).message}）：请查找并删除“${NEW_H1}”“${NEW_H2}”。`);
    }
    throw new HostError(why.code, `${why.message}插入未完成：中断前已插入的段落保留在文档中（可撤销），其标题编号未更新。`);
  }
}

/** Deletes the temporary new-heading marks left in the body by an interrupted insert, in two syncs. */
async function removeMarks(context: Word.RequestContext): Promise<void> {
  const found = [NEW_H1, NEW_H2].map((mark) => context.document.body.search(mark, { matchCase: true }).load("items"));
  await context.sync();
  for (const hits of found) for (const r of hits.items) r.insertText("", "Replace");
  await context.sync();
}
