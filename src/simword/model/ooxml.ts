import type { ParagraphFormat } from "./nodes";
import { defaultRunFont, type FontModel, type SimRun } from "./runs";
import { readParagraphProps, readRunProps } from "../../wordml/props";
import { type XmlDom, attr, child, children, descendants, isW } from "../../wordml/xml";

/** A paragraph of an OOXML fragment as the simulation inserts it. */
export interface OoxmlParagraph {
  format: Partial<ParagraphFormat>;
  runs: SimRun[];
  controls: { start: number; end: number; tag: string; title: string }[];
}

const builtIns: Record<string, string> = { normal: "Normal", title: "Title", subtitle: "Subtitle", "heading 1": "Heading1", "heading 2": "Heading2", "heading 3": "Heading3" };
const styleNames: Record<string, string> = { Normal: "Normal", Title: "Title", Subtitle: "Subtitle", Heading1: "Heading 1", Heading2: "Heading 2", Heading3: "Heading 3" };

function fontOf(rPr: Element | undefined): FontModel {
  const p = readRunProps(rPr);
  const base = defaultRunFont();
  const name = p.font ?? p.fontEastAsia ?? base.name;
  return {
    name,
    nameEastAsia: p.fontEastAsia ?? name,
    size: p.size ?? base.size,
    bold: p.bold ?? false,
    italic: p.italic ?? false,
    color: p.color ?? base.color,
  };
}

function formatOf(pPr: Element | undefined, styles: Map<string, string>): Partial<ParagraphFormat> {
  const p = readParagraphProps(pPr);
  const out: Partial<ParagraphFormat> = {};
  const styleId = attr(child(pPr, "pStyle"));
  if (styleId) {
    const named = styles.get(styleId);
    const builtIn = (named ? builtIns[named.toLowerCase()] : undefined) ?? (styleNames[styleId] ? styleId : "Other");
    out.styleBuiltIn = builtIn;
    out.style = styleNames[builtIn] ?? styles.get(styleId) ?? styleId;
  }
  if (p.alignment) out.alignment = p.alignment;
  if (p.firstLineIndent !== undefined) out.firstLineIndent = p.firstLineIndent;
  if (p.leftIndent !== undefined) out.leftIndent = p.leftIndent;
  if (p.spaceBefore !== undefined) out.spaceBefore = p.spaceBefore;
  if (p.spaceAfter !== undefined) out.spaceAfter = p.spaceAfter;
  if (p.lineSpacing) {
    out.lineSpacing = p.lineSpacing.value;
    out.lineRule = p.lineSpacing.rule;
  }
  return out;
}

function runsOf(container: Element, out: OoxmlParagraph, offset: { n: number }): void {
  for (const el of children(container)) {
    if (isW(el, "r")) {
      let text = "";
      for (const c of children(el)) {
        if (isW(c, "t")) text += c.textContent ?? "";
        else if (isW(c, "tab")) text += "\t";
        else if (isW(c, "br")) text += "\v";
      }
      if (text) out.runs.push({ text, kind: "normal", font: fontOf(child(el, "rPr")) });
      offset.n += text.length;
    } else if (isW(el, "sdt")) {
      const pr = child(el, "sdtPr");
      const start = offset.n;
      const content = child(el, "sdtContent");
      if (content) runsOf(content, out, offset);
      out.controls.push({ start, end: offset.n, tag: attr(child(pr, "tag")) ?? "", title: attr(child(pr, "alias")) ?? "" });
    } else if (isW(el, "hyperlink") || isW(el, "ins") || isW(el, "smartTag")) runsOf(el, out, offset);
  }
}

/**
 * The body paragraphs of an OOXML fragment (a Flat OPC pkg:package or a bare w:document), with direct paragraph
 * formatting (w:spacing lineRule included), run formatting (w:rFonts w:eastAsia included) and content controls.
 * Malformed XML fails, as insertOoxml does in Word (GeneralException).
 */
export function parseOoxml(xml: string, dom: XmlDom): OoxmlParagraph[] {
  const doc = dom.parse(xml);
  const styles = new Map<string, string>();
  for (const s of descendants(doc, "style")) {
    const id = attr(s, "styleId");
    const name = attr(child(s, "name"));
    if (id && name) styles.set(id, name);
  }
  const body = descendants(doc, "body")[0];
  if (!body) throw new Error("no w:body in the OOXML");
  return children(body)
    .filter((el) => isW(el, "p"))
    .map((p) => {
      const out: OoxmlParagraph = { format: formatOf(child(p, "pPr"), styles), runs: [], controls: [] };
      runsOf(p, out, { n: 0 });
      if (out.runs.length === 0) out.runs.push({ text: "", kind: "normal", font: fontOf(undefined) });
      return out;
    });
}
