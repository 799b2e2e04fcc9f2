/** Paragraph and run properties as the model states them (points, "#RRGGBB"), read from w:pPr and w:rPr. */
import type { ParagraphProps, RunProps } from "./model";
import { attr, child, intAttr, onOff } from "./xml";

const twipsToPt = (v: number): number => Math.round((v / 20) * 100) / 100;

const ALIGN: Record<string, ParagraphProps["alignment"]> = {
  left: "Left",
  start: "Left",
  center: "Centered",
  right: "Right",
  end: "Right",
  both: "Justified",
  distribute: "Justified",
};

/** Only the properties this element sets (so that they can be layered over a style's). */
export function readParagraphProps(pPr: Element | undefined): ParagraphProps {
  const out: ParagraphProps = {};
  if (!pPr) return out;
  const jc = attr(child(pPr, "jc"));
  const align = jc ? ALIGN[jc] : undefined;
  if (align) out.alignment = align;
  const ind = child(pPr, "ind");
  const first = intAttr(ind, "firstLine");
  const hanging = intAttr(ind, "hanging");
  if (first !== undefined) out.firstLineIndent = twipsToPt(first);
  if (hanging !== undefined) out.firstLineIndent = -twipsToPt(hanging);
  const left = intAttr(ind, "left") ?? intAttr(ind, "start");
  if (left !== undefined) out.leftIndent = twipsToPt(left);
  const spacing = child(pPr, "spacing");
  const line = intAttr(spacing, "line");
  if (line !== undefined) {
    const rule = attr(spacing, "lineRule");
    out.lineSpacing = rule === "exact" || rule === "atLeast" ? { value: twipsToPt(line), rule } : { value: Math.round((line / 240) * 12 * 100) / 100, rule: "auto" };
  }
  const before = intAttr(spacing, "before");
  const after = intAttr(spacing, "after");
  if (before !== undefined) out.spaceBefore = twipsToPt(before);
  if (after !== undefined) out.spaceAfter = twipsToPt(after);
  const outline = intAttr(child(pPr, "outlineLvl"));
  if (outline !== undefined && outline >= 0 && outline <= 8) out.outlineLevel = outline;
  return out;
}

export function readRunProps(rPr: Element | undefined): RunProps {
  const out: RunProps = {};
  if (!rPr) return out;
  const fonts = child(rPr, "rFonts");
  const ascii = attr(fonts, "ascii") ?? attr(fonts, "hAnsi");
  const eastAsia = attr(fonts, "eastAsia");
  if (ascii) out.font = ascii;
  if (eastAsia) out.fontEastAsia = eastAsia;
  const sz = intAttr(child(rPr, "sz"));
  if (sz !== undefined) out.size = sz / 2;
  const b = onOff(child(rPr, "b"));
  const i = onOff(child(rPr, "i"));
  if (b !== undefined) out.bold = b;
  if (i !== undefined) out.italic = i;
  const color = attr(child(rPr, "color"));
  if (color && /^[0-9A-Fa-f]{6}$/.test(color)) out.color = `#${color.toUpperCase()}`;
  return out;
}

/** The numbering a w:pPr names (w:numPr), if any; numId 0 means "no numbering" and is returned as such. */
export function readNumPr(pPr: Element | undefined): { numId: number; ilvl: number } | undefined {
  const numPr = child(pPr, "numPr");
  if (!numPr) return undefined;
  const numId = intAttr(child(numPr, "numId"));
  if (numId === undefined) return undefined;
  return { numId, ilvl: intAttr(child(numPr, "ilvl")) ?? 0 };
}
