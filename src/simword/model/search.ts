import { type Span, makeSpan, spanParagraphs } from "./span";
import { type SearchFlags, compileSearch, startsWord } from "./wildcards";

/** Word rejects longer search strings with InvalidArgument (documented limit of Body/Range/Paragraph.search). */
export const MAX_SEARCH_LENGTH = 255;

/**
 * Finds matches inside a span the way Word's search does: paragraph by paragraph (a match never spans a paragraph
 * mark), left to right, non-overlapping (after a match the search resumes at its end), never an empty match.
 */
export function searchSpan(scope: Span, text: string, flags: SearchFlags): Span[] {
  const { re, wordStart } = compileSearch(text, flags);
  const out: Span[] = [];
  const paragraphs = spanParagraphs(scope);
  paragraphs.forEach((p, k) => {
    const from = k === 0 ? scope.start.offset : 0;
    const to = k === paragraphs.length - 1 ? scope.end.offset : p.text.length;
    const slice = p.text.slice(0, to);
    re.lastIndex = from;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      if (m[0].length === 0 || (wordStart && !startsWord(slice, m.index))) {
        // as a lookbehind would: the next try starts one character further on
        re.lastIndex = m.index + 1;
        continue;
      }
      out.push(makeSpan(p, m.index, p, m.index + m[0].length));
    }
  });
  return out;
}
