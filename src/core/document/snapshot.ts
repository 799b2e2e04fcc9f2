/**
 * What DraftKit reads of a document: the text of every paragraph, part by part. A part is the main body (tables
 * included, as Word lists their paragraphs among the body's) or one header/footer of one section.
 */

export type HeaderFooterKind = "Primary" | "FirstPage" | "EvenPages";

export type PartRef =
  | { kind: "body" }
  | { kind: "header" | "footer"; section: number; type: HeaderFooterKind };

export interface DocParagraph {
  part: PartRef;
  /** index among the part's paragraphs, 0-based */
  index: number;
  text: string;
  inTable: boolean;
}

export interface DocSnapshot {
  paragraphs: DocParagraph[];
}

export const partKey = (p: PartRef): string => (p.kind === "body" ? "body" : `${p.kind}:${p.section}:${p.type}`);

export const partLabel = (p: PartRef): string =>
  p.kind === "body" ? "正文" : `${p.kind === "header" ? "页眉" : "页脚"}（第${p.section + 1}节）`;

/** Plain-text files (the CLI's input): one paragraph per line, all in the body. */
export function snapshotFromLines(lines: readonly string[]): DocSnapshot {
  return { paragraphs: lines.map((text, index) => ({ part: { kind: "body" }, index, text, inTable: false })) };
}

export function splitLines(text: string): string[] {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const lines = body.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
