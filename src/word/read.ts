import { type DocParagraph, type DocSnapshot, type HeaderFooterKind, indicatorOfTag, withBindings } from "../core/document/snapshot";
import { expandTag, readTagMap } from "./tags";

const kinds: HeaderFooterKind[] = ["Primary", "FirstPage", "EvenPages"];

/** Paragraph texts without tracked deletions, when Word can give them (see readSnapshot). */
function current(raw: readonly string[], reviewed: OfficeExtension.ClientResult<string> | undefined): string[] {
  if (!reviewed) return [...raw];
  const split = reviewed.value.split("\r");
  return split.length === raw.length ? split : [...raw];
}

/** The other cells of a table paragraph's row, as the row's label for the fill ("城镇新增就业；2025年"). */
function rowContextOf(at: { cell: Word.TableCell; row: Word.TableRow } | undefined): { rowContext?: string } {
  if (!at || at.cell.isNullObject) return {};
  const row = at.row.values[0] ?? [];
  // the cell is found by its text, not cellIndex: reading cellIndex of a vertically merged cell fails the whole
  // batch (office-js issue 3200). Of equal texts the first is left out (the label's parts may then change order);
  // a cell not found in its row's texts gives no label rather than one holding the cell's own text.
  const own = row.indexOf(at.cell.value);
  if (own < 0) return {};
  const others = row.filter((_, k) => k !== own).map((x) => x.replace(/[\r\n]+/g, " ").trim()).filter((x) => x);
  return { rowContext: others.join("；") };
}

/**
 * Reads every paragraph of the body (tables included), of every header and footer and of every footnote and endnote
 * in two syncs, whatever the document's size: one for the body and the lists of sections and notes, one for all
 * headers, footers and notes at once.
 *
 * Text deleted under track changes stays in paragraph.text (office-js issues 1267, 5874), so after a tracked fill
 * the replaced X would be read as unfilled again. With WordApi 1.4 each paragraph is read through
 * getReviewedText("Current") in the second sync (headers, footers and notes part by part, split at paragraph marks).
 * Without WordApi 1.4 DraftKit cannot track changes itself, so only the user's own pending deletions can show.
 * Automatic list numbers (一、 （一） as Word lists draw them) are not in paragraph.text: list items (WordApi 1.3) are
 * read with their ListItem.listString. A header or footer that reads exactly as one already read (a section's linked
 * header, or a first-page/even-page header equal to the primary one) is read once.
 */
export async function readSnapshot(context: Word.RequestContext): Promise<DocSnapshot> {
  const api14 = Office.context.requirements.isSetSupported("WordApi", "1.4");
  const body = context.document.body.paragraphs.load("items/text,items/tableNestingLevel,items/isListItem");
  const controls = context.document.body.contentControls.load("items/tag,items/text");
  const tagMap = readTagMap();
  const sections = context.document.sections.load("items");
  // Footnotes and endnotes need WordApi 1.5; where it is missing they are not read (and cannot be audited).
  const notesSupported = Office.context.requirements.isSetSupported("WordApi", "1.5");
  const footnotes = notesSupported ? context.document.body.footnotes.load("items") : undefined;
  const endnotes = notesSupported ? context.document.body.endnotes.load("items") : undefined;
  await context.sync();

  const reviewed = api14 ? body.items.map((p) => p.getReviewedText("Current")) : undefined;
  const lists = body.items.map((p) => (p.isListItem ? p.listItem.load("listString") : undefined));
  // Row context from each table paragraph's own row (WordApi 1.3), so merged and nested cells keep theirs.
  const cells = body.items.map((p) => {
    if (p.tableNestingLevel === 0) return undefined;
    const cell = p.parentTableCellOrNullObject.load("value");
    return { cell, row: cell.parentRow.load("values") };
  });
  const partOf = (b: Word.Body) => ({ paragraphs: b.paragraphs.load("items/text"), reviewed: api14 ? b.getReviewedText("Current") : undefined });
  const parts = sections.items.flatMap((section, s) =>
    kinds.flatMap((type) => [
      { kind: "header" as const, section: s, type, ...partOf(section.getHeader(type)) },
      { kind: "footer" as const, section: s, type, ...partOf(section.getFooter(type)) },
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
    ...(footnotes?.items ?? []).map((n, index) => ({ kind: "footnote" as const, index, ...partOf(n.body) })),
    ...(endnotes?.items ?? []).map((n, index) => ({ kind: "endnote" as const, index, ...partOf(n.body) })),
  ];
  await context.sync();

  const bodyParagraphs: DocParagraph[] = body.items.map((p, index) => {
    const listString = lists[index]?.listString;
    return {
      part: { kind: "body" },
      index,
      text: reviewed?.[index]?.value ?? p.text,
      inTable: p.tableNestingLevel > 0,
      ...(listString ? { listString } : {}),
      ...rowContextOf(cells[index]),
    };
  });
  const located = bound.map((b) => ({ paragraphText: b.paragraph.text, start: b.before.text.length, text: b.cc.text, indicator: b.indicator }));
  const out = withBindings(bodyParagraphs, located);
  const seen = new Set<string>();
  for (const part of parts) {
    const texts = current(part.paragraphs.items.map((p) => p.text), part.reviewed);
    const key = `${part.kind}|${texts.join("\r")}`;
    if (texts.every((t) => t.length === 0) || seen.has(key)) continue;
    seen.add(key);
    texts.forEach((text, index) => {
      if (text.length > 0) out.push({ part: { kind: part.kind, section: part.section, type: part.type }, index, text, inTable: false });
    });
  }
  for (const note of notes) {
    const texts = current(note.paragraphs.items.map((p) => p.text), note.reviewed);
    texts.forEach((text, index) => out.push({ part: { kind: note.kind, index: note.index }, index, text, inTable: false }));
  }
  return { paragraphs: out };
}
