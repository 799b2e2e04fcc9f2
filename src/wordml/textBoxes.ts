/** The text boxes of a document, each once, as the parts DraftKit scans outside Word. */
import { type Block, type Part, paragraphsOf } from "./model";

/**
 * The content of every text box anchored in the parts' paragraphs, in document order: a part's boxes after the
 * part before it, a box nested in a box right after the box holding it. The reader keeps a box once (the
 * mc:Choice branch of an mc:AlternateContent, not its VML fallback), so each is listed once here.
 */
export function textBoxesOf(parts: readonly Part[]): Block[][] {
  const out: Block[][] = [];
  // a header part listed for two types (default and first page from one entry) holds the same boxes twice
  const seen = new Set<string>();
  const walk = (blocks: readonly Block[]): void => {
    for (const p of paragraphsOf(blocks)) {
      for (const box of p.textBoxes) {
        const first = paragraphsOf(box.blocks)[0];
        const key = first ? `${first.xml.entry}#${first.xml.index}` : undefined;
        if (key !== undefined && seen.has(key)) continue;
        if (key !== undefined) seen.add(key);
        out.push(box.blocks);
        walk(box.blocks);
      }
    }
  };
  for (const part of parts) walk(part.blocks);
  return out;
}
