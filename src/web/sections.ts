/**
 * Paragraphs the pane added to a document opened from a .docx (sections inserted with 插入) have no place in the
 * file's XML; the bridge writes only changes to the file's own paragraphs. Here each run of added paragraphs becomes
 * an insert after the file paragraph before it, with its formatting, list level and bound placeholders.
 */
import type { SimDocument } from "../simword/model/document";
import type { SimParagraph } from "../simword/model/nodes";
import type { NewParagraph, ParagraphInsert, ParagraphProps } from "../wordml";

const HEADING = /^Heading([1-9])$/;

/** The file's own id of a built-in style (Word names them in English whatever its language: "heading 1", "Title"). */
function styleIdOf(styles: readonly { id: string; name: string }[], builtIn: string): string | undefined {
  const heading = HEADING.exec(builtIn);
  const name = heading ? `heading ${heading[1]}` : builtIn === "Title" ? "title" : undefined;
  return name ? styles.find((s) => s.name.toLowerCase() === name)?.id : undefined;
}

function newParagraph(doc: SimDocument, p: SimParagraph, styles: readonly { id: string; name: string }[]): NewParagraph {
  const f = p.format;
  const heading = HEADING.exec(f.styleBuiltIn);
  const styleId = styleIdOf(styles, f.styleBuiltIn);
  const props: ParagraphProps = {
    ...(f.alignment === "Left" || f.alignment === "Centered" || f.alignment === "Right" || f.alignment === "Justified" ? { alignment: f.alignment } : {}),
    firstLineIndent: f.firstLineIndent,
    leftIndent: f.leftIndent,
    spaceBefore: f.spaceBefore,
    spaceAfter: f.spaceAfter,
    lineSpacing: { value: f.lineSpacing, rule: f.lineRule ?? "atLeast" },
    // the outline level keeps a heading in the navigation pane whatever the document's heading style ids are
    ...(heading ? { outlineLevel: Number(heading[1]) - 1 } : f.styleBuiltIn === "Title" ? { outlineLevel: 0 } : {}),
  };
  const controls = doc
    .liveContentControls()
    .filter((c) => c.span.start.para === p && c.span.end.para === p && c.tag !== "")
    .map((c) => ({ tag: c.tag, title: c.title, start: c.span.start.offset, end: c.span.end.offset }));
  return {
    ...(styleId ? { styleId } : {}),
    props,
    runs: p.runs
      .filter((r) => r.kind !== "deleted")
      .map((r) => ({ text: r.text, props: { font: r.font.name, fontEastAsia: r.font.nameEastAsia ?? r.font.name, size: r.font.size, bold: r.font.bold, italic: r.font.italic, color: r.font.color } })),
    ...(controls.length > 0 ? { controls } : {}),
    ...(p.list ? { list: { numId: p.list.numId, ilvl: p.list.level } } : {}),
  };
}

/** Inserts for every added paragraph that follows a paragraph of the file; `orphans` counts those that follow none. */
export function insertsFromSim(doc: SimDocument, date: Date, styles: readonly { id: string; name: string }[] = []): { inserts: ParagraphInsert[]; orphans: number } {
  const inserts: ParagraphInsert[] = [];
  let orphans = 0;
  for (const container of doc.allContainers()) {
    let current: ParagraphInsert | undefined;
    let anchor: SimParagraph | undefined;
    for (const p of container.paragraphs()) {
      if (p.origin) {
        anchor = p;
        current = undefined;
        continue;
      }
      if (p.text.length === 0 && container.kind !== "body") continue;
      if (!anchor?.origin) {
        orphans += 1;
        continue;
      }
      if (!current) {
        const tracked = p.runs.length > 0 && p.runs.every((r) => r.kind === "inserted");
        current = { after: { entry: anchor.origin.entry, index: anchor.origin.index }, paragraphs: [], ...(tracked ? { tracked: { author: doc.author, date: date.toISOString().replace(/\.\d{3}Z$/, "Z") } } : {}) };
        inserts.push(current);
      }
      current.paragraphs.push(newParagraph(doc, p, styles));
    }
  }
  return { inserts, orphans };
}
