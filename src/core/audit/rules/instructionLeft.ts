import { type Rule, finding } from "../types";

/** Notes to the drafter (【此处插入…】, （此处填写…）) and blanks (____) that would be printed as they are. */
export const instructionLeft: Rule = {
  id: "instruction-left",
  title: "未删除的说明和空白",
  titleEn: "Drafting notes and blanks left in",
  check: (input) =>
    input.placeholders
      .filter((p) => p.form === "instruction" || p.form === "blank")
      .map((p) => {
        const para = { part: p.part, index: p.paragraph, text: input.snapshot.paragraphs[p.docIndex]?.text ?? "", inTable: p.inTable };
        const message =
          p.form === "blank"
            ? { zh: "留空的横线尚未填写：请填写或删除", en: "Blank line not filled in: fill it in or delete it" }
            : { zh: `起草说明“${p.text.slice(0, 20)}”尚未处理：请按说明填写后删除`, en: `Drafting note “${p.text.slice(0, 20)}” still in the text: do what it says, then delete it` };
        return finding("instruction-left", "error", para, p.start, p.end, message);
      }),
};
