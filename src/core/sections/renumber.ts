import { chineseNumber, chineseNumeral } from "../audit/numerals";

/** Marks put before newly inserted headings until they are numbered (visible if Word ever keeps one). */
export const NEW_H1 = "[[DK1]]";
export const NEW_H2 = "[[DK2]]";

export interface PrefixEdit {
  paragraph: number;
  /** the text to replace at the start of the paragraph: its old number, or the new-heading mark */
  from: string;
  to: string;
}

const h1 = /^([一二三四五六七八九十]+)、/;
const h2 = /^（([一二三四五六七八九十]+)）/;

/**
 * Numbers newly inserted headings and renumbers those after them: level-1 headings from the first new one to the
 * end of the document, level-2 headings from the first new one to the end of its level-1 part. Headings before the
 * insertion keep their numbers.
 */
export function renumber(texts: readonly string[]): PrefixEdit[] {
  const edits: PrefixEdit[] = [];
  let n1 = 0;
  let n2 = 0;
  let renumber1 = false;
  let renumber2 = false;
  texts.forEach((raw, paragraph) => {
    const text = raw.trimStart();
    const write = (from: string, to: string) => {
      if (from !== to) edits.push({ paragraph, from, to });
    };
    if (text.startsWith(NEW_H1) || h1.test(text)) {
      const isNew = text.startsWith(NEW_H1);
      renumber1 ||= isNew;
      const old = isNew ? NEW_H1 : (h1.exec(text)?.[0] as string);
      n1 = renumber1 ? n1 + 1 : (chineseNumber(h1.exec(text)?.[1] ?? "") ?? n1 + 1);
      if (renumber1) write(old, `${chineseNumeral(n1)}、`);
      n2 = 0;
      renumber2 = false;
    } else if (text.startsWith(NEW_H2) || h2.test(text)) {
      const isNew = text.startsWith(NEW_H2);
      renumber2 ||= isNew;
      const old = isNew ? NEW_H2 : (h2.exec(text)?.[0] as string);
      n2 = renumber2 ? n2 + 1 : (chineseNumber(h2.exec(text)?.[1] ?? "") ?? n2 + 1);
      if (renumber2) write(old, `（${chineseNumeral(n2)}）`);
    }
  });
  return edits;
}
