/**
 * A text box is written twice by Word and LibreOffice: as DrawingML in mc:Choice and as VML in mc:Fallback, for
 * readers that do not know DrawingML. The reader reads the first branch holding a box; a fill there is made in
 * the other branches' copy too, so that every reader shows the filled text.
 */
import type { Paragraph, TextEdit } from "./model";
import { children, descendants, MC } from "./xml";

/** A copy of an edit made in a fallback copy of its paragraph, and the edit it copies. */
export interface MirrorEdit {
  edit: TextEdit;
  of: TextEdit;
}

const shape = (p: Paragraph): string => JSON.stringify(p.runs.map((r) => [r.kind, r.text]));

/**
 * For each paragraph (by index among the entry's w:p) in the branch the reader reads, its copy in each other
 * branch. A branch is paired only when its paragraphs match the read branch's one for one, same runs, same text;
 * otherwise it is left alone (it is then not a copy).
 */
function copiesOf(doc: Document, paragraphs: readonly Element[], read: (p: Element) => Paragraph): Map<number, number[]> {
  const indexOf = new Map<Element, number>();
  paragraphs.forEach((p, i) => indexOf.set(p, i));
  const out = new Map<number, number[]>();
  for (const alt of Array.from(doc.getElementsByTagNameNS(MC, "AlternateContent"))) {
    const branches = children(alt).filter((b) => descendants(b, "txbxContent").length > 0);
    const [first, ...others] = branches;
    if (!first) continue;
    const main = descendants(first, "p");
    const shapes = main.map((p) => shape(read(p)));
    for (const other of others) {
      const copy = descendants(other, "p");
      if (copy.length !== main.length || copy.some((p, i) => shape(read(p)) !== shapes[i])) continue;
      main.forEach((p, i) => {
        const from = indexOf.get(p);
        const to = indexOf.get(copy[i] as Element);
        if (from === undefined || to === undefined) return;
        out.set(from, [...(out.get(from) ?? []), to]);
      });
    }
  }
  return out;
}

/** The copies, in fallback branches, of edits made in text boxes of one entry. */
export function mirrorEdits(doc: Document, paragraphs: readonly Element[], read: (p: Element) => Paragraph, edits: readonly TextEdit[]): MirrorEdit[] {
  if (doc.getElementsByTagNameNS(MC, "AlternateContent").length === 0) return [];
  const copies = copiesOf(doc, paragraphs, read);
  return edits.flatMap((of) => (copies.get(of.paragraph.index) ?? []).map((index) => ({ edit: { ...of, paragraph: { entry: of.paragraph.entry, index } }, of })));
}
