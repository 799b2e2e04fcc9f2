import type { PartRef } from "../core/document/snapshot";

/**
 * The Word body holding a part, without a sync: a header or footer of section n is reached from the first section
 * through getNext() (WordApi 1.3) instead of loading the section list.
 */
export function bodyOf(context: Word.RequestContext, part: PartRef): Word.Body {
  if (part.kind === "body") return context.document.body;
  let section = context.document.sections.getFirst();
  for (let i = 0; i < part.section; i += 1) section = section.getNext();
  return part.kind === "header" ? section.getHeader(part.type) : section.getFooter(part.type);
}
