import type { BlockRole } from "../core/host";

/** The selected paragraphs with a role read from their style (Heading 1 → h1, Title → title…), in one sync. */
export async function readSelectionBlocks(context: Word.RequestContext): Promise<{ role: BlockRole; text: string }[]> {
  const ps = context.document.getSelection().paragraphs.load("items/text,items/styleBuiltIn");
  await context.sync();
  const role = (style: string, text: string): BlockRole =>
    style === "Heading1" || /^[一二三四五六七八九十]+、/.test(text)
      ? "h1"
      : style === "Heading2" || /^（[一二三四五六七八九十]+）/.test(text)
        ? "h2"
        : style === "Title"
          ? "title"
          : /^同志们[：:]$/.test(text.trim())
            ? "salutation"
            : "body";
  return ps.items.filter((p) => p.text.trim()).map((p) => ({ role: role(p.styleBuiltIn, p.text), text: p.text }));
}
