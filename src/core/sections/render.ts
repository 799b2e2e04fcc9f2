import { chineseNumeral } from "../audit/numerals";
import { scanParagraph } from "../placeholders/scan";
import type { ParagraphHit } from "../placeholders/types";
import { type SectionParams, fillParams } from "./params";
import type { Block, Section } from "./schema";

export interface RenderedBlock {
  role: Block["role"];
  /** the number written before a heading (三、 or （二）), empty for other blocks */
  number: string;
  /** the text after the number */
  text: string;
  placeholders: ParagraphHit[];
}

export interface Numbering {
  /** ordinal of the section's level-1 heading */
  h1: number;
  /** ordinal of its first level-2 heading */
  h2: number;
}

/** A section's blocks with parameters filled and headings numbered; placeholders are those the engine finds. */
export function renderSection(section: Section, params: SectionParams, numbering: Numbering = { h1: 1, h2: 1 }): RenderedBlock[] {
  let h2 = numbering.h2;
  return section.blocks.map((b) => {
    const text = fillParams(b.text, params);
    const number = b.role === "h1" ? `${chineseNumeral(numbering.h1)}、` : b.role === "h2" ? `（${chineseNumeral(h2++)}）` : "";
    return { role: b.role, number, text, placeholders: scanParagraph(number + text) };
  });
}

export const blockText = (b: RenderedBlock): string => b.number + b.text;
