import { type DocParagraph, type DocSnapshot, type HeaderFooterKind, withRowContext } from "../core/document/snapshot";

const kinds: HeaderFooterKind[] = ["Primary", "FirstPage", "EvenPages"];

/**
 * Reads every paragraph of the body (tables included) and of every header and footer in two syncs, whatever the
 * document's size: one for the body and the list of sections, one for all headers and footers at once.
 */
export async function readSnapshot(context: Word.RequestContext): Promise<DocSnapshot> {
  const body = context.document.body.paragraphs.load("items/text,items/tableNestingLevel");
  const tables = context.document.body.tables.load("items/values,items/nestingLevel");
  const sections = context.document.sections.load("items");
  await context.sync();

  const parts = sections.items.flatMap((section, s) =>
    kinds.flatMap((type) => [
      { kind: "header" as const, section: s, type, paragraphs: section.getHeader(type).paragraphs.load("items/text") },
      { kind: "footer" as const, section: s, type, paragraphs: section.getFooter(type).paragraphs.load("items/text") },
    ]),
  );
  await context.sync();

  const bodyParagraphs: DocParagraph[] = body.items.map((p, index) => ({
    part: { kind: "body" },
    index,
    text: p.text,
    inTable: p.tableNestingLevel > 0,
  }));
  const topTables = tables.items.filter((t) => t.nestingLevel === 1).map((t) => t.values);
  const out = withRowContext(bodyParagraphs, body.items.map((p) => p.tableNestingLevel), topTables);
  for (const part of parts) {
    part.paragraphs.items.forEach((p, index) => {
      if (p.text.length > 0) {
        out.push({ part: { kind: part.kind, section: part.section, type: part.type }, index, text: p.text, inTable: false });
      }
    });
  }
  return { paragraphs: out };
}
