/** Builds small .docx packages from WordprocessingML snippets, for the wordml tests (not a test file itself). */
import { strToU8, zipSync } from "fflate";

export const WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export interface DocxSpec {
  /** the content of w:body (paragraphs, tables, w:sectPr) */
  body: string;
  /** extra parts: entry → XML text; relationships of word/document.xml: entry → [id, type] */
  parts?: Record<string, string>;
  rels?: Record<string, [string, string]>;
}

const TYPE_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const CT: Record<string, string> = {
  header: "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
  footer: "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
  footnotes: "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
  endnotes: "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
  numbering: "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
  styles: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
  settings: "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
};

export function buildDocx(spec: DocxSpec): Uint8Array {
  const rels = Object.entries(spec.rels ?? {});
  const overrides = rels.map(([entry, [, type]]) => `<Override PartName="/${entry}" ContentType="${CT[type] ?? "application/xml"}"/>`).join("");
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${overrides}</Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${TYPE_BASE}officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${WNS}><w:body>${spec.body}</w:body></w:document>`),
    "word/_rels/document.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels
        .map(([entry, [id, type]]) => `<Relationship Id="${id}" Type="${TYPE_BASE}${type}" Target="${entry.replace(/^word\//, "")}"/>`)
        .join("")}</Relationships>`,
    ),
  };
  for (const [entry, text] of Object.entries(spec.parts ?? {})) files[entry] = strToU8(text);
  return zipSync(files);
}

/** A paragraph of plain runs: each string one w:r (optionally with rPr XML before it, as [rPr, text]). */
export const para = (...runs: (string | [string, string])[]): string =>
  `<w:p>${runs.map((r) => (typeof r === "string" ? `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>` : `<w:r><w:rPr>${r[0]}</w:rPr><w:t xml:space="preserve">${r[1]}</w:t></w:r>`)).join("")}</w:p>`;
