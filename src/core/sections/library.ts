import { libraryData } from "./library.data";
import { type Section, SectionSchema } from "./schema";

/** The bundled library, validated like any imported one. */
export const bundledSections: readonly Section[] = libraryData.map((s) => SectionSchema.parse(s));

export const categories = (sections: readonly Section[]): string[] => [...new Set(sections.map((s) => s.category))];

/**
 * Gallery search: every space-separated term must match the title, category or keywords, or be a prefix of the
 * pinyin initials of one of them (“jycy” finds 就业创业).
 */
export function searchSections(sections: readonly Section[], query: string): Section[] {
  const terms = query.trim().toLowerCase().split(/\s+/).filter((t) => t);
  if (terms.length === 0) return [...sections];
  return sections.filter((s) => {
    const words = [s.title, s.category, ...s.keywords];
    const initials = s.initials.split(" ");
    return terms.every((t) => words.some((w) => w.toLowerCase().includes(t)) || initials.some((i) => i.includes(t)));
  });
}
