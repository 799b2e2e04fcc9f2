import type { SimParagraph } from "./nodes";

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const twips = (pt: number): number => Math.round(pt * 20);

/**
 * A paragraph list as Word's getOoxml returns it, reduced to what the simulation models: paragraph spacing (with its
 * line rule), indents, and runs with fonts, sizes and tracked-change kinds. Real Word returns a full package with
 * styles and settings; DraftKit only reads single properties out of it.
 */
export function ooxmlOf(paragraphs: readonly SimParagraph[]): string {
  const body = paragraphs
    .map((p) => {
      const f = p.format;
      const rule = f.lineRule ?? "auto";
      const line = rule === "auto" ? Math.round((f.lineSpacing / 12) * 240) : twips(f.lineSpacing);
      const pPr = `<w:pPr><w:spacing w:before="${twips(f.spaceBefore)}" w:after="${twips(f.spaceAfter)}" w:line="${line}" w:lineRule="${rule}"/><w:ind w:firstLine="${twips(f.firstLineIndent)}"/></w:pPr>`;
      const runs = p.runs
        .map((r) => {
          const rPr = `<w:rPr><w:rFonts w:ascii="${esc(r.font.name)}" w:eastAsia="${esc(r.font.nameEastAsia ?? r.font.name)}"/><w:sz w:val="${r.font.size * 2}"/></w:rPr>`;
          const t = r.kind === "deleted" ? `<w:delText xml:space="preserve">${esc(r.text)}</w:delText>` : `<w:t xml:space="preserve">${esc(r.text)}</w:t>`;
          const run = `<w:r>${rPr}${t}</w:r>`;
          return r.kind === "deleted" ? `<w:del w:author="${esc(r.author ?? "")}">${run}</w:del>` : r.kind === "inserted" ? `<w:ins w:author="${esc(r.author ?? "")}">${run}</w:ins>` : run;
        })
        .join("");
      return `<w:p>${pPr}${runs}</w:p>`;
    })
    .join("");
  return `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
}
