/**
 * What DraftKit reads of a document: the text of every paragraph, part by part. A part is the main body (tables
 * included, as Word lists their paragraphs among the body's) or one header/footer of one section.
 */

export type HeaderFooterKind = "Primary" | "FirstPage" | "EvenPages";

export type PartRef =
  | { kind: "body" }
  | HeaderFooterPart
  | NotePart
  | TextBoxPart;

export interface HeaderFooterPart {
  kind: "header" | "footer";
  section: number;
  type: HeaderFooterKind;
}

export interface NotePart {
  kind: "footnote" | "endnote";
  index: number;
}

/**
 * A text box (w:txbxContent), numbered in document order. Only a .docx read outside Word has these parts: Word's
 * API lists text-box paragraphs in no body's paragraphs, so the add-in never reads them.
 */
export interface TextBoxPart {
  kind: "textbox";
  index: number;
}

export const isNote = (p: PartRef): p is NotePart => p.kind === "footnote" || p.kind === "endnote";

export interface DocParagraph {
  part: PartRef;
  /** index among the part's paragraphs, 0-based */
  index: number;
  text: string;
  inTable: boolean;
  /** for a paragraph in a table cell: the text of the other cells of its row (the row's label, usually) */
  rowContext?: string;
  /** placeholders an inserted section bound to an indicator (content controls tagged draftkit:ph:…) */
  bindings?: Binding[];
  /** a list item's automatic number as Word draws it (ListItem.listString, e.g. "一、"); it is not part of `text` */
  listString?: string;
}

export interface Binding {
  start: number;
  end: number;
  indicator: string;
}

const PH_TAG = /^draftkit:ph:[a-z]+:(.*)$/;

/** The indicator named by a section placeholder's content-control tag (empty when it names none). */
export function indicatorOfTag(tag: string): string | undefined {
  const m = PH_TAG.exec(tag);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1] ?? "");
  } catch {
    return undefined;
  }
}

/**
 * Attaches bound placeholders to the body paragraphs holding them: each is known by its paragraph's text and its
 * offset there (Word gives no paragraph index); paragraphs with the same text take them in order.
 */
export function withBindings(paragraphs: DocParagraph[], found: readonly { paragraphText: string; start: number; text: string; indicator: string }[]): DocParagraph[] {
  const out = paragraphs.map((p) => ({ ...p }));
  for (const f of found) {
    const p = out.find((x) => x.part.kind === "body" && x.text === f.paragraphText && x.text.slice(f.start, f.start + f.text.length) === f.text && !(x.bindings ?? []).some((b) => b.start === f.start));
    if (p && f.indicator) p.bindings = [...(p.bindings ?? []), { start: f.start, end: f.start + f.text.length, indicator: f.indicator }];
  }
  return out;
}

export interface DocSnapshot {
  paragraphs: DocParagraph[];
}

export const partKey = (p: PartRef): string => (p.kind === "body" ? "body" : isNote(p) || p.kind === "textbox" ? `${p.kind}:${p.index}` : `${p.kind}:${p.section}:${p.type}`);

export type LabelLocale = "zh-CN" | "en-US";

const partNames = {
  "zh-CN": { body: "正文", table: "表格", header: "页眉", footer: "页脚", footnote: "脚注", endnote: "尾注", textbox: "文本框" },
  "en-US": { body: "Body", table: "Table", header: "Header", footer: "Footer", footnote: "Footnote", endnote: "Endnote", textbox: "Text box" },
} as const;

/**
 * The one naming of document parts shared by the pane, the report and the CLI: 正文 / 表格 / 页眉 / 页脚 / 脚注 / 尾注 / 文本框.
 * A body paragraph inside a table cell is 表格 (Word lists table paragraphs among the body's).
 */
export const partLabel = (p: PartRef, inTable = false, locale: LabelLocale = "zh-CN"): string => {
  const n = partNames[locale];
  if (p.kind === "body") return inTable ? n.table : n.body;
  if (isNote(p) || p.kind === "textbox") return `${n[p.kind]} ${p.index + 1}`;
  return locale === "zh-CN" ? `${n[p.kind]}（第${p.section + 1}节）` : `${n[p.kind]} (section ${p.section + 1})`;
};

/** “表格第 17 段” / “Table, paragraph 17”: a paragraph's place, numbered from 1 within its part. */
export const locationLabel = (p: PartRef, paragraph: number, inTable = false, locale: LabelLocale = "zh-CN"): string =>
  locale === "zh-CN" ? `${partLabel(p, inTable, locale)}第 ${paragraph + 1} 段` : `${partLabel(p, inTable, locale)}, paragraph ${paragraph + 1}`;

/** The location of a paragraph given by part and index (a finding's), looking up in the snapshot whether it is in a table. */
export function locationIn(snapshot: DocSnapshot, part: PartRef, paragraph: number, locale: LabelLocale = "zh-CN"): string {
  const key = partKey(part);
  const p = snapshot.paragraphs.find((x) => x.index === paragraph && partKey(x.part) === key);
  return locationLabel(part, paragraph, p?.inTable ?? false, locale);
}

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

/**
 * Gives each paragraph of top-level tables the text of the other cells in its row. `tables` are the body's
 * top-level tables in order, as cell texts (a cell's paragraphs separated by line breaks); their paragraphs are the
 * snapshot's level-1 table paragraphs in the same order. When the counts disagree nothing is assigned.
 */
export function withRowContext(paragraphs: DocParagraph[], levels: readonly number[], tables: readonly (readonly (readonly string[])[])[]): DocParagraph[] {
  const slots: string[] = [];
  for (const rows of tables) {
    for (const row of rows) {
      row.forEach((cell, c) => {
        const others = row.filter((_, k) => k !== c).map((x) => x.replace(/[\r\n]+/g, " ").trim()).filter((x) => x).join("；");
        for (let n = cell.split(/\r\n|\r|\n/).length; n > 0; n -= 1) slots.push(others);
      });
    }
  }
  const level1 = paragraphs.filter((_, i) => levels[i] === 1);
  if (level1.length !== slots.length) return paragraphs;
  let k = 0;
  return paragraphs.map((p, i) => (levels[i] === 1 ? { ...p, rowContext: slots[k++] ?? "" } : p));
}
