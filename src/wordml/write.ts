/**
 * Writes text edits (fills) into a .docx, changing only the runs that hold the replaced characters: each run is
 * cut where an edit starts or ends, the replaced stretch is dropped (plain), kept as a tracked deletion followed
 * by the value as a tracked insertion, or replaced by a content control holding the value. The value takes the
 * properties of the run where the replaced text starts. Every other byte of the part, and every other entry of
 * the package, is left as it was.
 */
import { Locator, scopeDeclarations, withoutScopedDeclarations } from "./locate";
import { mirrorEdits } from "./mirror";
import type { ParagraphInsert, Run, TextEdit } from "./model";
import { newParagraph } from "./newParagraph";
import { readParagraph } from "./paragraph";
import { contextFor, type DocxFile } from "./read";
import { emptyRunLike, splitRun, textElement, type Piece } from "./split";
import type { Styles } from "./styles";
import { children, descendants, isW, W, type XmlDom } from "./xml";
import { savePackage, textBytes } from "./zip";
import { strFromU8 } from "fflate";

export interface EditRefusal {
  edit: TextEdit;
  code: "target_changed" | "target_unreachable";
  message: string;
}

export interface WriteResult {
  bytes: Uint8Array;
  applied: TextEdit[];
  refused: EditRefusal[];
  /** paragraphs added by `inserts` */
  inserted: number;
  /** inserts whose anchor paragraph could not be found or located in the XML, each with why */
  refusedInserts: { insert: ParagraphInsert; message: string }[];
}

/** Styles are not needed to locate text; the writer reads paragraphs without them. */
const NO_STYLES: Styles = { list: () => [], nameOf: (id) => id, paragraphProps: () => ({}), runProps: () => ({}), numbering: () => undefined, defaultParagraphStyle: "Normal" };

const unreachable = (edit: TextEdit, why: string): EditRefusal => ({ edit, code: "target_unreachable", message: `无法在 .docx 中改写“${edit.text}”：${why}。请在 Word 或 WPS 中手工填写。` });

interface Build {
  doc: Document;
  prefix: string;
  nextId: () => number;
}

function el(b: Build, name: string, attrs: Record<string, string> = {}, ...kids: Node[]): Element {
  const e = b.doc.createElementNS(W, `${b.prefix}${name}`);
  for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(W, `${b.prefix}${k}`, v);
  for (const k of kids) e.appendChild(k);
  return e;
}

/** A copy of run `r` (properties kept) holding `value`; tabs and line breaks in the value become w:tab / w:br. */
function valueRun(b: Build, r: Element, value: string): Element {
  const run = emptyRunLike(r);
  value.split(/(\t|\r\n|\n|\v)/).forEach((part) => {
    if (part === "\t") run.appendChild(el(b, "tab"));
    else if (part === "\n" || part === "\r\n" || part === "\v") run.appendChild(el(b, "br"));
    else if (part) run.appendChild(textElement(r, part));
  });
  return run;
}

/** The piece as deleted text: its w:t become w:delText. */
function asDeleted(piece: Element): Element {
  for (const c of children(piece)) if (isW(c, "t")) piece.replaceChild(textElement(c, c.textContent ?? "", "delText"), c);
  return piece;
}

/** The value of a pure insertion, as its mode asks, in the formatting of run `r`. */
function insertion(b: Build, r: Element, edit: TextEdit): Node {
  const mode = edit.mode;
  const value = valueRun(b, r, edit.value);
  if (mode.kind === "tracked") return el(b, "ins", { id: String(b.nextId()), author: mode.author, date: mode.date }, value);
  if (mode.kind === "control") {
    const pr = el(b, "sdtPr", {}, el(b, "alias", { val: mode.title }), el(b, "tag", { val: mode.tag }), el(b, "id", { val: String(b.nextId()) }));
    return el(b, "sdt", {}, pr, el(b, "sdtContent", {}, value));
  }
  return value;
}

/**
 * What stands in place of run `r` after the edits: its pieces, replaced stretches dropped, deleted or wrapped, and
 * the pure insertions (start = end) this run hosts at their offsets.
 */
function replacement(b: Build, r: Element, run: Run, pieces: Piece[], edits: readonly TextEdit[], startRun: (e: TextEdit) => Element, hosted: readonly TextEdit[]): Node[] {
  const out: Node[] = [];
  const insertAt = (offset: number): void => {
    for (const e of hosted) if (e.start === offset) out.push(insertion(b, r, e));
  };
  for (const piece of pieces) {
    const from = run.start + piece.start;
    insertAt(from);
    const edit = edits.find((e) => e.start <= from && from < e.end);
    if (!edit) {
      if (piece.run) out.push(piece.run);
      continue;
    }
    const first = from === edit.start;
    const mode = edit.mode;
    if (mode.kind === "comment") {
      const id = String(mode.id);
      if (first) out.push(el(b, "commentRangeStart", { id }));
      if (piece.run) out.push(piece.run);
      if (run.start + piece.end === edit.end) out.push(el(b, "commentRangeEnd", { id }), el(b, "r", {}, el(b, "commentReference", { id })));
    } else if (mode.kind === "tracked") {
      const rev = { author: mode.author, date: mode.date };
      if (piece.run) out.push(el(b, "del", { id: String(b.nextId()), ...rev }, asDeleted(piece.run)));
      // the insertion follows the whole deletion, as Word records a replacement
      if (run.start + piece.end === edit.end && edit.value !== "") out.push(el(b, "ins", { id: String(b.nextId()), ...rev }, valueRun(b, startRun(edit), edit.value)));
    } else if (first && mode.kind === "plain" && edit.value !== "") out.push(valueRun(b, r, edit.value));
    else if (first && mode.kind === "control") {
      const pr = el(b, "sdtPr", {}, el(b, "alias", { val: mode.title }), el(b, "tag", { val: mode.tag }), el(b, "id", { val: String(b.nextId()) }));
      out.push(el(b, "sdt", {}, pr, el(b, "sdtContent", {}, valueRun(b, r, edit.value))));
    }
  }
  const end = run.start + run.text.length;
  if (!pieces.some((p) => run.start + p.start === end)) insertAt(end);
  return out;
}

/** The run a pure insertion at `offset` goes into: the one it ends (typing continues its formatting), else the next. */
function hostOf(runs: readonly Run[], offset: number): Run | undefined {
  const editable = runs.filter((r) => r.kind === "normal" || r.kind === "inserted");
  return editable.find((r) => r.start < offset && offset <= r.start + r.text.length) ?? editable.find((r) => r.start === offset);
}

const maxId = (doc: Document): number =>
  Array.from(doc.getElementsByTagName("*")).reduce((m, e) => {
    const v = Number(e.getAttributeNS(W, "id"));
    return Number.isSafeInteger(v) && v < 2 ** 31 ? Math.max(m, v) : m;
  }, 0);

/**
 * Applies text edits (and, optionally, paragraph inserts after existing paragraphs) to the package; returns the new
 * package's bytes and what was done or refused. The input file is not changed.
 */
export function writeEdits(file: DocxFile, edits: readonly TextEdit[], xml: XmlDom, inserts: readonly ParagraphInsert[] = []): WriteResult {
  const entries = new Map(file.pkg.entries);
  const applied: TextEdit[] = [];
  const refused: EditRefusal[] = [];
  const byEntry = new Map<string, TextEdit[]>();
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V): void => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const e of edits) push(byEntry, e.paragraph.entry, e);
  const insertsByEntry = new Map<string, ParagraphInsert[]>();
  for (const i of inserts) {
    push(insertsByEntry, i.after.entry, i);
    if (!byEntry.has(i.after.entry)) byEntry.set(i.after.entry, []);
  }
  let inserted = 0;
  const refusedInserts: WriteResult["refusedInserts"] = [];
  let idBase = 0;
  const parsed = new Map<string, { raw: string; bom: string; doc: Document }>();
  for (const entry of byEntry.keys()) {
    const data = entries.get(entry);
    if (!data) continue;
    const raw = strFromU8(data);
    const bom = raw.startsWith("\uFEFF") ? "\uFEFF" : "";
    const doc = xml.parse(raw.slice(bom.length));
    parsed.set(entry, { raw: raw.slice(bom.length), bom, doc });
    idBase = Math.max(idBase, maxId(doc));
  }
  let nextId = idBase + 1;
  /** edits copied into a text box's fallback copy, and the edit each copies (reported as that edit, not twice) */
  const mirrorOf = new Map<TextEdit, TextEdit>();

  for (const [entry, list] of byEntry) {
    const part = parsed.get(entry);
    if (!part) {
      refused.push(...list.map((e) => unreachable(e, `文件中没有 ${entry}`)));
      refusedInserts.push(...(insertsByEntry.get(entry) ?? []).map((insert) => ({ insert, message: `文件中没有 ${entry}` })));
      continue;
    }
    const { doc } = part;
    const ctx = contextFor(entry, doc, NO_STYLES, () => undefined);
    const paragraphs = descendants(doc, "p");
    const runEls = descendants(doc, "r");
    const locator = new Locator(part.raw, xml);
    const splices: { start: number; end: number; text: string }[] = [];

    const mirrors = mirrorEdits(doc, paragraphs, (p) => readParagraph(p, ctx), list);
    for (const m of mirrors) mirrorOf.set(m.edit, m.of);
    const byPara = new Map<number, TextEdit[]>();
    for (const e of [...list, ...mirrors.map((m) => m.edit)]) push(byPara, e.paragraph.index, e);
    for (const [index, paraEdits] of byPara) {
      const pEl = paragraphs[index];
      if (!pEl) {
        refused.push(...paraEdits.map((e) => ({ edit: e, code: "target_changed" as const, message: `文档已改动：找不到“${e.text}”所在的段落。请重新扫描。` })));
        continue;
      }
      const para = readParagraph(pEl, ctx);
      let accepted: TextEdit[] = [];
      const hosts = new Map<TextEdit, Run>();
      for (const e of [...paraEdits].sort((a, b) => a.start - b.start)) {
        const last = accepted[accepted.length - 1];
        const touched = para.runs.filter((r) => r.start < e.end && r.start + r.text.length > e.start);
        if (e.end === e.start && e.text === "" && e.value !== "" && e.start <= para.text.length) {
          const host = hostOf(para.runs, e.start);
          if (!host || (last && last.end > e.start)) refused.push(unreachable(e, "插入位置不在可编辑的文字中"));
          else {
            hosts.set(e, host);
            accepted.push(e);
          }
        } else if (para.text.slice(e.start, e.end) !== e.text || e.end <= e.start) refused.push({ edit: e, code: "target_changed", message: `文档已改动：该处不再是“${e.text}”。请重新扫描后再填充。` });
        else if (last && last.end > e.start) refused.push(unreachable(e, "与另一处填充重叠"));
        else if (touched.some((r) => r.kind === "deleted" || r.kind === "field")) refused.push(unreachable(e, "它在修订删除的文字或域结果中"));
        else accepted.push(e);
      }
      // Split every touched run; a run that cannot be split safely refuses the edits touching it, and we retry.
      for (;;) {
        const plans: { run: Run; el: Element; pieces: Piece[] }[] = [];
        const bad = new Set<TextEdit>();
        for (const run of para.runs) {
          const mine = accepted.filter((e) => (run.start < e.end && run.start + run.text.length > e.start) || hosts.get(e) === run);
          const rEl = runEls[run.xml.index];
          if (mine.length === 0 || !rEl) continue;
          const cuts = [...new Set(mine.flatMap((e) => [e.start - run.start, e.end - run.start]))].sort((a, b) => a - b);
          const pieces = splitRun(rEl, cuts, (a, b) => mine.some((e) => e.start <= run.start + a && run.start + b <= e.end));
          if (!pieces) mine.forEach((e) => bad.add(e));
          else plans.push({ run, el: rEl, pieces });
        }
        if (bad.size > 0) {
          refused.push(...[...bad].map((e) => unreachable(e, "它所在的文字块含有图片或域等内容")));
          accepted = accepted.filter((e) => !bad.has(e));
          continue;
        }
        const located = plans.map((p) => ({ ...p, span: locator.span(p.el, p.run.xml.index, runEls.length) }));
        const lost = accepted.filter((e) => located.some((p) => !p.span && ((p.run.start < e.end && p.run.start + p.run.text.length > e.start) || hosts.get(e) === p.run)));
        if (lost.length > 0) {
          refused.push(...lost.map((e) => unreachable(e, "无法在 XML 中准确定位它")));
          accepted = accepted.filter((e) => !lost.includes(e));
          continue;
        }
        for (const p of located) {
          if (!p.span) continue;
          const b: Build = { doc, prefix: p.el.prefix ? `${p.el.prefix}:` : "", nextId: () => nextId++ };
          const scope = scopeDeclarations(p.el);
          const startRun = (e: TextEdit): Element => located.find((x) => x.run.start <= e.start && e.start < x.run.start + x.run.text.length)?.el ?? p.el;
          const hosted = accepted.filter((e) => hosts.get(e) === p.run);
          const text = replacement(b, p.el, p.run, p.pieces, accepted, startRun, hosted).map((n) => withoutScopedDeclarations(xml.serialize(n), scope)).join("");
          splices.push({ ...p.span, text });
        }
        applied.push(...accepted);
        break;
      }
    }
    const byAnchor = new Map<number, ParagraphInsert[]>();
    for (const i of insertsByEntry.get(entry) ?? []) push(byAnchor, i.after.index, i);
    for (const [index, group] of byAnchor) {
      const pEl = paragraphs[index];
      const span = pEl ? locator.span(pEl, index, paragraphs.length) : undefined;
      if (!pEl || !span) {
        refusedInserts.push(...group.map((insert) => ({ insert, message: "找不到插入位置的段落，新段落未写入 .docx。" })));
        continue;
      }
      const scope = scopeDeclarations(pEl);
      const prefix = pEl.prefix ? `${pEl.prefix}:` : "";
      const text = group
        .flatMap((g) => g.paragraphs.map((np) => newParagraph({ doc, prefix, nextId: () => nextId++, ...(g.tracked ? { tracked: g.tracked } : {}) }, np)))
        .map((n) => withoutScopedDeclarations(xml.serialize(n), scope))
        .join("");
      splices.push({ start: span.end, end: span.end, text });
      inserted += group.reduce((n, g) => n + g.paragraphs.length, 0);
    }
    if (splices.length === 0) continue;
    // one pass in document order (slicing the whole part once per splice would be quadratic in the fills)
    const out: string[] = [part.bom];
    let at = 0;
    for (const s of splices.sort((a, b) => a.start - b.start)) {
      out.push(part.raw.slice(at, s.start), s.text);
      at = s.end;
    }
    out.push(part.raw.slice(at));
    entries.set(entry, textBytes(out.join("")));
  }
  const copyRefused = (r: EditRefusal): EditRefusal => {
    const of = mirrorOf.get(r.edit);
    return of ? { edit: of, code: r.code, message: `文本框中的“${of.text}”已填写，但其兼容副本（旧版软件显示的 VML 文本框）未能同步改写：${r.message}` } : r;
  };
  return { bytes: savePackage({ entries }), applied: applied.filter((e) => !mirrorOf.has(e)), refused: refused.map(copyRefused), inserted, refusedInserts };
}
