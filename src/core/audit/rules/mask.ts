import { type Rule, finding } from "../types";

/**
 * Text a template site hid behind asterisks: a name or place left as a blank (林*同志, *镇), a year (20**年), or a
 * word its filter replaced (党 → **, 中共 → *, or a × between words: 为×高质量发展). The scanner reports such masks as placeholders; this rule says what
 * they are, because the fix is to restore the original word, not to fill a figure. They are errors: an asterisk
 * must not reach print.
 */
export const mask: Rule = {
  id: "mask",
  title: "被符号遮盖的文字",
  titleEn: "Text hidden behind symbols",
  check: (input) =>
    input.placeholders
      .filter((p) => p.form === "mask" && /^[0-9]*[*＊×]+$/.test(p.text))
      .map((p) => {
        const para = { part: p.part, index: p.paragraph, text: input.snapshot.paragraphs[p.docIndex]?.text ?? "", inTable: p.inTable };
        return finding("mask", "error", para, p.start, p.end, {
          zh: `“${p.text}”是网站用符号遮盖的文字（人名、地名、年份，或被过滤的词如“党”“中共”）：请补上原文`,
          en: `“${p.text}” is text the site hid behind symbols (a name, place or year, or a filtered word such as 党 or 中共): restore the original words`,
        });
      }),
};
