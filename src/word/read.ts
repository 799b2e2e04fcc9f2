import { expandTag, readTagMap } from "./tags";
import { type DocParagraph, type DocSnapshot, type HeaderFooterKind, indicatorOfTag, withBindings, withRowContext } from "../core/document/snapshot";

const kinds: HeaderFooterKind[] = ["Primary", "FirstPage", "EvenPages"];

/**
 * Reads every paragraph of the body (tables included), of every header and footer and of every footnote and endnote
 * in two syncs, whatever the document's size: one for the body and the lists of sections and notes, one for all
 * headers, footers and notes at once.
 */
export async function readSnapshot(context: Word.RequestContext): Promise<DocSnapshot> {
  const body = context.document.body.paragraphs.load("items/text,items/tableNestingLevel");
  const tables = context.document.body.tables.load("items/values,items/nestingLevel");
  const controls = context.document.body.contentControls.load("items/tag,items/text");
  const tagMap = readTagMap();
  const sections = context.document.sections.load("items");
  // Footnotes and endnotes need WordApi 1.5; where it is missing they are not read (and cannot be audited).
  const notesSupported = Office.context.requirements.isSetSupported("WordApi", "1.5");
  const footnotes = notesSupported ? context.document.body.footnotes.load("items") : undefined;
  const endnotes = notesSupported ? context.document.body.endnotes.load("items") : undefined;
  await context.sync();

  const parts = sections.items.flatMap((section, s) =>
    kinds.flatMap((type) => [
      { kind: "header" as const, section: s, type, paragraphs: section.getHeader(type).paragraphs.load("items/text") },
      { kind: "footer" as const, section: s, type, paragraphs: section.getFooter(type).paragraphs.load("items/text") },
    ]),
  );
  // Placeholders of inserted sections: where each sits (its paragraph's text and the text before it) in the same sync.
  const bound = controls.items.flatMap((cc) => {
    const indicator = indicatorOfTag(expandTag(cc.tag, tagMap));
    if (indicator === undefined) return [];
    const paragraph = cc.paragraphs.getFirst().load("text");
    const before = paragraph.getRange("Start").expandTo(cc.getRange("Start")).load("text");
    return [{ cc, indicator, paragraph, before }];
  });
  const notes = [
    ...(footnotes?.items ?? []).map((n, index) => ({ kind: "footnote" as const, index, paragraphs: n.body.paragraphs.load("items/text") })),
    ...(endnotes?.items ?? []).map((n, index) => ({ kind: "endnote" as const, index, paragraphs: n.body.paragraphs.load("items/text") })),
  ];
  await context.sync();

  const bodyParagraphs: DocParagraph[] = body.items.map((p, index) => ({
    part: { kind: "body" },
    index,
    text: p.text,
    inTable: p.tableNestingLevel > 0,
  }));
  const topTables = tables.items.filter((t) => t.nestingLevel === 1).map((t) => t.values);
  const located = bound.map((b) => ({ paragraphText: b.paragraph.text, start: b.before.text.length, text: b.cc.text, indicator: b.indicator }));
  const out = withBindings(withRowContext(bodyParagraphs, body.items.map((p) => p.tableNestingLevel), topTables), located);
  for (const part of parts) {
    part.paragraphs.items.forEach((p, index) => {
      if (p.text.length > 0) {
        out.push({ part: { kind: part.kind, section: part.section, type: part.type }, index, text: p.text, inTable: false });
      }
    });
  }
  for (const note of notes) {
    note.paragraphs.items.forEach((p, index) => out.push({ part: { kind: note.kind, index: note.index }, index, text: p.text, inTable: false }));
  }
  return { paragraphs: out };
}
