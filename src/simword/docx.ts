/**
 * The bridge between .docx files and the simulated host: a document read by the WordprocessingML reader
 * (src/wordml) becomes a SimDocument — runs with their formatting and kinds (tracked insertions and deletions,
 * field results), lists with Word's numbers, tables with merged cells, headers and footers shared by the sections
 * that link them, footnotes, endnotes, content controls — and the edited SimDocument is written back through the
 * wordml writer, as text edits on the paragraphs it came from. Paragraphs added in the simulation (inserted
 * sections) have no place in the file's XML and are reported as not written. Text boxes are not loaded: Word's API
 * lists their paragraphs in no part (body.paragraphs holds none), as the simulation does; the writer patches only
 * the runs it edits, so the boxes are saved byte for byte as they were read.
 */
import { type Block, type DocxFile, type Paragraph, type Run, type TextEdit, type WriteResult, type XmlDom, writeEdits } from "../wordml";
import { builtInOf } from "./api/styles";
import { SimDocument } from "./model/document";
import { type SimContainer, SimParagraph, SimTable, defaultFormat } from "./model/nodes";
import { type FontModel, type SimRun, defaultRunFont } from "./model/runs";
import { makeSpan } from "./model/span";
import { changedStretches } from "./docxDiff";

function font(run: Run): FontModel {
  const base = defaultRunFont();
  const name = run.props.font ?? run.props.fontEastAsia ?? base.name;
  return { name, nameEastAsia: run.props.fontEastAsia ?? name, size: run.props.size ?? base.size, bold: run.props.bold ?? false, italic: run.props.italic ?? false, color: run.props.color ?? base.color };
}

function paragraph(source: Paragraph, container: SimContainer, doc: SimDocument): SimParagraph {
  const p = new SimParagraph("", container);
  const runs: SimRun[] = source.runs.map((r) => ({ text: r.text, kind: r.kind, font: font(r), ...(r.revision ? { author: r.revision.author } : {}) }));
  p.setRuns(runs.length > 0 ? runs : [{ text: "", kind: "normal", font: defaultRunFont() }]);
  const builtIn = builtInOf(source.styleName.replace(/^heading (\d)$/i, "Heading $1"));
  const props = source.props;
  p.format = {
    ...defaultFormat(),
    style: source.styleName,
    styleBuiltIn: builtIn === "Other" && source.styleId === "Normal" ? "Normal" : builtIn,
    ...(props.alignment ? { alignment: props.alignment } : {}),
    ...(props.firstLineIndent !== undefined ? { firstLineIndent: props.firstLineIndent } : {}),
    ...(props.leftIndent !== undefined ? { leftIndent: props.leftIndent } : {}),
    ...(props.spaceBefore !== undefined ? { spaceBefore: props.spaceBefore } : {}),
    ...(props.spaceAfter !== undefined ? { spaceAfter: props.spaceAfter } : {}),
    ...(props.lineSpacing ? { lineSpacing: props.lineSpacing.value, lineRule: props.lineSpacing.rule } : {}),
  };
  if (source.list) p.list = { numId: source.list.numId, level: source.list.ilvl, listString: source.list.listString };
  p.origin = { entry: source.xml.entry, index: source.xml.index, text: source.text };
  for (const c of source.controls) {
    const cc = doc.addContentControl(makeSpan(p, c.start, p, c.end));
    cc.tag = c.tag;
    cc.title = c.title;
  }
  return p;
}

function fillContainer(container: SimContainer, blocks: readonly Block[], doc: SimDocument): void {
  for (const b of blocks) {
    if (b.type === "paragraph") container.blocks.push(paragraph(b, container, doc));
    else if (b.type === "control") {
      const before = container.paragraphs().length;
      fillContainer(container, b.blocks, doc);
      const ps = container.paragraphs().slice(before);
      const first = ps[0];
      const last = ps[ps.length - 1];
      if (first && last) {
        const cc = doc.addContentControl(makeSpan(first, 0, last, last.text.length));
        cc.tag = b.tag;
        cc.title = b.title;
      }
    } else {
      const table = new SimTable(container, b.rows.map((row) => row.cells.map(() => "")));
      b.rows.forEach((row, r) =>
        row.cells.forEach((cell, c) => {
          const target = table.rows[r]?.[c];
          if (!target) return;
          target.blocks.length = 0;
          // a vertically merged cell behaves as in Word's API (src/simword/api/tableCell.ts, office-js issue 3200)
          target.vMerge = cell.vMerge;
          fillContainer(target, cell.blocks, doc);
          if (target.blocks.length === 0) target.blocks.push(new SimParagraph("", target));
        }),
      );
      container.blocks.push(table);
      // a row-level content control (a repeating section's row) covers the row's cells, first to last paragraph
      b.rows.forEach((row, r) => {
        const ps = (table.rows[r] ?? []).flatMap((cell) => cell.paragraphs());
        const first = ps[0];
        const last = ps[ps.length - 1];
        if (!first || !last) return;
        for (const info of row.controls ?? []) {
          const cc = doc.addContentControl(makeSpan(first, 0, last, last.text.length));
          cc.tag = info.tag;
          cc.title = info.title;
        }
      });
    }
  }
}

/** A simulated document holding what the .docx holds (see the module comment for what is left out). */
export function simDocumentFromDocx(file: DocxFile): SimDocument {
  const doc = new SimDocument();
  while (doc.sections.length < file.doc.sections) doc.addSection();
  for (const part of file.doc.parts) {
    if (part.kind === "body") fillContainer(doc.body, part.blocks, doc);
    else if (part.kind === "footnote" || part.kind === "endnote") {
      const c = doc.addNote(part.kind, "");
      c.blocks.length = 0;
      fillContainer(c, part.blocks, doc);
    } else if ("sections" in part) {
      const first = doc.sections[part.sections[0] ?? 0];
      if (!first) continue;
      const shared = (part.kind === "header" ? first.headers : first.footers)[part.type];
      fillContainer(shared, part.blocks, doc);
      // Linked sections show the same header: they share the container, as Word's API returns the same content.
      for (const s of part.sections.slice(1)) {
        const section = doc.sections[s];
        if (section) (part.kind === "header" ? section.headers : section.footers)[part.type] = shared;
      }
    }
  }
  return doc;
}

export interface DocxSaveResult extends WriteResult {
  /** paragraphs added in the simulation (inserted sections), which a text edit cannot place in the file */
  notWritten: number;
}

/**
 * Writes the simulated document's changes back into the .docx it was read from: every changed stretch of a
 * paragraph becomes a text edit — a tracked change where the simulation recorded one, a content control where a
 * control now holds exactly the new text, a plain replacement otherwise.
 */
export function docxFromSimDocument(doc: SimDocument, file: DocxFile, xml: XmlDom, date = new Date()): DocxSaveResult {
  const edits: TextEdit[] = [];
  let notWritten = 0;
  const controls = doc.liveContentControls();
  for (const container of doc.allContainers()) {
    for (const p of container.paragraphs()) {
      if (!p.origin) {
        // an empty paragraph is the one Word keeps in every empty header or footer; nothing to write
        if (p.text.length > 0) notWritten += 1;
        continue;
      }
      // The file's own tracked deletions stay in both texts; what the simulation deleted (under tracking or not) is gone.
      const ours = (r: SimRun) => r.author === doc.author && (r.kind === "inserted" || r.kind === "deleted");
      const now = p.runs.filter((r) => !(r.kind === "deleted" && r.author === doc.author)).map((r) => r.text).join("");
      const tracked = p.runs.some(ours);
      const was = p.origin.text;
      for (const c of changedStretches(was, now)) {
        const value = now.slice(c.nowStart, c.nowEnd);
        const control = controls.find((cc) => cc.tag !== "" && cc.span.start.para === p && cc.span.end.para === p && p.reviewedText(cc.span.start.offset, cc.span.end.offset, "Current") === value);
        const mode: TextEdit["mode"] = control && !tracked ? { kind: "control", tag: control.tag, title: control.title } : tracked ? { kind: "tracked", author: doc.author, date: date.toISOString() } : { kind: "plain" };
        edits.push({ paragraph: { entry: p.origin.entry, index: p.origin.index }, start: c.wasStart, end: c.wasEnd, text: was.slice(c.wasStart, c.wasEnd), value, mode });
      }
    }
  }
  return { ...writeEdits(file, edits, xml), notWritten };
}
