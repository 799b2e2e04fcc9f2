/**
 * WordprocessingML for a new paragraph: w:pPr from the model's properties (GB/T 9704's exact 28 pt line spacing is
 * w:spacing w:lineRule="exact"; the East Asian font is w:rFonts w:eastAsia), runs with their properties, and
 * content controls around stretches of its text. Built as DOM nodes of the part it goes into.
 */
import type { NewParagraph, ParagraphProps, RunProps } from "./model";
import { textElement } from "./split";
import { W } from "./xml";

export interface NodeMaker {
  doc: Document;
  /** "w:" or "" */
  prefix: string;
  nextId: () => number;
  /** tracked insertion: the paragraph mark and runs are marked inserted */
  tracked?: { author: string; date: string };
}

function el(m: NodeMaker, name: string, attrs: Record<string, string> = {}, ...kids: Node[]): Element {
  const e = m.doc.createElementNS(W, `${m.prefix}${name}`);
  for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(W, `${m.prefix}${k}`, v);
  for (const k of kids) e.appendChild(k);
  return e;
}

const twips = (pt: number): string => String(Math.round(pt * 20));
const JC = { Left: "left", Centered: "center", Right: "right", Justified: "both" } as const;

function pPr(m: NodeMaker, styleId: string | undefined, p: ParagraphProps, list: NewParagraph["list"]): Element {
  const kids: Element[] = [];
  if (styleId) kids.push(el(m, "pStyle", { val: styleId }));
  if (list) kids.push(el(m, "numPr", {}, el(m, "ilvl", { val: String(list.ilvl) }), el(m, "numId", { val: String(list.numId) })));
  const spacing: Record<string, string> = {};
  if (p.spaceBefore !== undefined) spacing["before"] = twips(p.spaceBefore);
  if (p.spaceAfter !== undefined) spacing["after"] = twips(p.spaceAfter);
  if (p.lineSpacing) {
    spacing["line"] = p.lineSpacing.rule === "auto" ? String(Math.round((p.lineSpacing.value / 12) * 240)) : twips(p.lineSpacing.value);
    spacing["lineRule"] = p.lineSpacing.rule;
  }
  if (Object.keys(spacing).length > 0) kids.push(el(m, "spacing", spacing));
  const ind: Record<string, string> = {};
  if (p.leftIndent !== undefined) ind["left"] = twips(p.leftIndent);
  if (p.firstLineIndent !== undefined) {
    if (p.firstLineIndent >= 0) ind["firstLine"] = twips(p.firstLineIndent);
    else ind["hanging"] = twips(-p.firstLineIndent);
  }
  if (Object.keys(ind).length > 0) kids.push(el(m, "ind", ind));
  if (p.alignment) kids.push(el(m, "jc", { val: JC[p.alignment] }));
  if (p.outlineLevel !== undefined) kids.push(el(m, "outlineLvl", { val: String(p.outlineLevel) }));
  if (m.tracked) kids.push(el(m, "rPr", {}, el(m, "ins", { id: String(m.nextId()), ...m.tracked })));
  return el(m, "pPr", {}, ...kids);
}

function rPr(m: NodeMaker, r: RunProps): Element | undefined {
  const kids: Element[] = [];
  const fonts: Record<string, string> = {};
  if (r.font) Object.assign(fonts, { ascii: r.font, hAnsi: r.font });
  if (r.fontEastAsia) fonts["eastAsia"] = r.fontEastAsia;
  if (Object.keys(fonts).length > 0) kids.push(el(m, "rFonts", fonts));
  if (r.bold !== undefined) kids.push(el(m, "b", r.bold ? {} : { val: "0" }));
  if (r.italic !== undefined) kids.push(el(m, "i", r.italic ? {} : { val: "0" }));
  if (r.color) kids.push(el(m, "color", { val: r.color.replace(/^#/, "") }));
  if (r.size !== undefined) kids.push(el(m, "sz", { val: String(Math.round(r.size * 2)) }), el(m, "szCs", { val: String(Math.round(r.size * 2)) }));
  return kids.length > 0 ? el(m, "rPr", {}, ...kids) : undefined;
}

function run(m: NodeMaker, text: string, props: RunProps, like: Element): Element {
  const r = el(m, "r");
  const pr = rPr(m, props);
  if (pr) r.appendChild(pr);
  text.split(/(\t|\v|\n)/).forEach((part) => {
    if (part === "\t") r.appendChild(el(m, "tab"));
    else if (part === "\v" || part === "\n") r.appendChild(el(m, "br"));
    else if (part) r.appendChild(textElement(like, part));
  });
  return r;
}

export function newParagraph(m: NodeMaker, np: NewParagraph): Element {
  const p = el(m, "p", {}, pPr(m, np.styleId, np.props ?? {}, np.list));
  const like = p;
  // Cut the runs at control boundaries, then wrap each control's runs in a w:sdt.
  const pieces: { start: number; end: number; text: string; props: RunProps }[] = [];
  let at = 0;
  const cuts = new Set((np.controls ?? []).flatMap((c) => [c.start, c.end]));
  for (const r of np.runs) {
    let from = 0;
    for (let i = 1; i <= r.text.length; i += 1) {
      if (i === r.text.length || cuts.has(at + i)) {
        pieces.push({ start: at + from, end: at + i, text: r.text.slice(from, i), props: r.props ?? {} });
        from = i;
      }
    }
    at += r.text.length;
  }
  const holder = (node: Element): Element => (m.tracked ? el(m, "ins", { id: String(m.nextId()), ...m.tracked }, node) : node);
  let i = 0;
  while (i < pieces.length) {
    const piece = pieces[i];
    if (!piece) break;
    const control = (np.controls ?? []).find((c) => c.start === piece.start && c.end > c.start);
    if (control) {
      const content = el(m, "sdtContent");
      while (i < pieces.length && (pieces[i]?.end ?? Infinity) <= control.end) {
        const x = pieces[i];
        if (x) content.appendChild(holder(run(m, x.text, x.props, like)));
        i += 1;
      }
      const pr = el(m, "sdtPr", {}, el(m, "alias", { val: control.title }), el(m, "tag", { val: control.tag }), el(m, "id", { val: String(m.nextId()) }));
      p.appendChild(el(m, "sdt", {}, pr, content));
      continue;
    }
    p.appendChild(holder(run(m, piece.text, piece.props, like)));
    i += 1;
  }
  return p;
}
