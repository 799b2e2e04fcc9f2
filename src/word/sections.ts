import { NEW_H1, NEW_H2, renumber } from "../core/sections/renumber";
import { HostError, friendly } from "./errors";
import type { BlockRole, InsertOptions, SectionBlock } from "../core/host";

/** A block as inserted: a new heading's text starts with its mark (NEW_H1/NEW_H2) instead of a number. */
export type InsertBlock = SectionBlock;

const fonts = {
  gb2312: { body: "仿宋_GB2312", h1: "黑体", h2: "楷体_GB2312", title: "方正小标宋简体" },
  generic: { body: "仿宋", h1: "黑体", h2: "楷体", title: "宋体" },
} as const;

/** 公文 formatting (GB/T 9704 habits): 三号 (16 pt) body, 二号 (22 pt) title, two-character indent, 28 pt fixed lines. */
function format(p: Word.Paragraph, role: BlockRole, options: InsertOptions): void {
  const style = role === "h1" ? "Heading1" : role === "h2" ? "Heading2" : role === "title" ? "Title" : "Normal";
  p.styleBuiltIn = style as Word.BuiltInStyleName;
  if (options.format !== "gongwen") return;
  const f = fonts[options.fonts];
  p.font.name = role === "h1" ? f.h1 : role === "h2" ? f.h2 : role === "title" ? f.title : f.body;
  p.font.size = role === "title" ? 22 : 16;
  p.font.bold = false;
  p.font.color = "#000000";
  p.alignment = role === "title" ? "Centered" : "Justified";
  p.firstLineIndent = role === "title" || role === "salutation" ? 0 : 32;
  p.lineSpacing = 28;
  p.spaceAfter = 0;
  p.spaceBefore = 0;
}

/** Wraps each placeholder of a new paragraph in a tagged content control, walking the paragraph's hits in order. */
function wrapPlaceholders(p: Word.Paragraph, placements: SectionBlock["placements"]): void {
  for (const pl of placements) {
    let scope: Word.Range = p.getRange("Whole");
    let hit = scope.search(pl.text, { matchCase: true }).getFirst();
    for (let i = 0; i < pl.nth; i += 1) {
      scope = hit.getRange("After").expandTo(p.getRange("End"));
      hit = scope.search(pl.text, { matchCase: true }).getFirst();
    }
    const cc = hit.insertContentControl();
    cc.tag = pl.tag;
    cc.title = pl.title.slice(0, 64);
    cc.appearance = "BoundingBox";
    cc.color = "#A6A6A6";
  }
}

/**
 * Inserts blocks after the paragraph holding the cursor in two syncs: (1) the paragraphs, their formatting and
 * placeholder controls, then the text of the whole body; (2) the numbers of the new headings and of the headings
 * after them (renumbering), written over the old number only so the rest of each heading is untouched.
 * A failed batch keeps what ran before the failure (Word does not roll back), so on failure the temporary heading
 * marks are removed from whatever was inserted before the error is reported.
 */
export async function insertBlocks(context: Word.RequestContext, blocks: readonly InsertBlock[], options: InsertOptions): Promise<number> {
  try {
    let anchor = context.document.getSelection().paragraphs.getLast();
    for (const b of blocks) {
      const p = anchor.insertParagraph(b.text, "After");
      format(p, b.role, options);
      wrapPlaceholders(p, b.placements);
      anchor = p;
    }
    const all = context.document.body.paragraphs.load("items/text");
    await context.sync();
    const edits = renumber(all.items.map((p) => p.text));
    for (const e of edits) all.items[e.paragraph]?.search(e.from, { matchCase: true }).getFirst().insertText(e.to, "Replace");
    await context.sync();
    return edits.length;
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
