import { kindLabel } from "../../placeholders/labels";
import { type Rule, finding } from "../types";

/** Every placeholder the engine finds, anywhere (body, tables, headers, footers, text in content controls). */
export const unfilledPlaceholder: Rule = {
  id: "unfilled-placeholder",
  title: "未填写的占位符",
  titleEn: "Unfilled placeholders",
  check: (input) =>
    input.placeholders
      // Instructions and blanks are instruction-left's; asterisk masks are the mask rule's.
      .filter((p) => p.form !== "instruction" && p.form !== "blank" && !(p.form === "mask" && /^[0-9]*[*＊]+$/.test(p.text)))
      .map((p) => {
        const para = input.snapshot.paragraphs[p.docIndex];
        const where = { part: p.part, index: p.paragraph, text: para?.text ?? "", inTable: p.inTable };
        return finding("unfilled-placeholder", "error", where, p.start, p.end, {
          zh: `“${p.text}${p.unit || p.title}”尚未填写（${kindLabel(p.kind)}）：请填入实际内容，或用“填充”从指标表填写`,
          en: `“${p.text}${p.unit || p.title}” is not filled in (${kindLabel(p.kind, "en-US")}): type the real content, or use Fill to fill it from the indicator table`,
        });
      }),
};
