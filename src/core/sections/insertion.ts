import type { SectionBlock } from "../host";
import { scanParagraph } from "../placeholders/scan";
import type { Row } from "../table/schema";
import type { SectionParams } from "./params";
import { placements } from "./placement";
import { renderSection } from "./render";
import { NEW_H1, NEW_H2 } from "./renumber";
import type { Section } from "./schema";

/**
 * The blocks to insert for one or more sections (an outline): headings carry the new-heading mark instead of a
 * number (the adapter numbers them in place), “我讲X点意见” counts the level-1 sections of the outline, and every
 * placeholder gets a tagged content control bound to the indicator its clause names.
 */
export function blocksFor(sections: readonly Section[], params: SectionParams, rows: readonly Row[], title?: string): SectionBlock[] {
  const points = params.points ?? (sections.length > 1 ? sections.filter((s) => s.blocks.some((b) => b.role === "h1")).length : undefined);
  const p: SectionParams = points === undefined ? { level: params.level, year: params.year } : { ...params, points };
  const out: SectionBlock[] = [];
  if (title?.trim()) out.push({ role: "title", text: title.trim(), placements: [] });
  for (const s of sections) {
    for (const b of renderSection(s, p)) {
      const text = (b.role === "h1" ? NEW_H1 : b.role === "h2" ? NEW_H2 : "") + b.text;
      out.push({ role: b.role, text, placements: placements(text, scanParagraph(text), rows) });
    }
  }
  return out;
}
