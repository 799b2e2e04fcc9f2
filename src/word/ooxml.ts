import type { BlockRole, InsertOptions, SectionBlock } from "../core/host";

/**
 * Section blocks as a Flat OPC package for insertOoxml (WordApi 1.1). Office.js cannot set what GB/T 9704 needs:
 * paragraph.lineSpacing becomes a multiple of single spacing rather than "exactly 28 pt" (office-js issues 2296,
 * 3203), and font.name cannot set the East Asian font apart from the Latin one. OOXML states both exactly:
 * w:spacing w:line="560" w:lineRule="exact" (twentieths of a point) and w:rFonts w:eastAsia. Placeholders become
 * w:sdt content controls with their tag and title, so no search is needed to wrap them.
 */
const fonts = {
  gb2312: { body: "仿宋_GB2312", h1: "黑体", h2: "楷体_GB2312", title: "方正小标宋简体" },
  generic: { body: "仿宋", h1: "黑体", h2: "楷体", title: "宋体" },
} as const;

const styleOf: Record<BlockRole, { id: string; name: string }> = {
  title: { id: "Title", name: "Title" },
  salutation: { id: "Normal", name: "Normal" },
  h1: { id: "Heading1", name: "heading 1" },
  h2: { id: "Heading2", name: "heading 2" },
  body: { id: "Normal", name: "Normal" },
};

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function runProps(role: BlockRole, options: InsertOptions): string {
  if (options.format !== "gongwen") return "";
  const f = fonts[options.fonts];
  const name = role === "h1" ? f.h1 : role === "h2" ? f.h2 : role === "title" ? f.title : f.body;
  const size = role === "title" ? 44 : 32; // half-points: 二号 22 pt, 三号 16 pt
  return `<w:rPr><w:rFonts w:ascii="${esc(name)}" w:hAnsi="${esc(name)}" w:eastAsia="${esc(name)}"/><w:b w:val="0"/><w:color w:val="000000"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
}

function paragraphProps(role: BlockRole, options: InsertOptions): string {
  const style = `<w:pStyle w:val="${styleOf[role].id}"/>`;
  if (options.format !== "gongwen") return `<w:pPr>${style}</w:pPr>`;
  const jc = role === "title" ? "center" : "both";
  const indent = role === "title" || role === "salutation" ? 0 : 640; // two characters of 16 pt, in twentieths
  return `<w:pPr>${style}<w:spacing w:before="0" w:after="0" w:line="560" w:lineRule="exact"/><w:ind w:firstLine="${indent}"/><w:jc w:val="${jc}"/></w:pPr>`;
}

/** Splits a block's text at its placements (the nth non-overlapping occurrence of each), in text order. */
function pieces(block: SectionBlock): { text: string; control?: { tag: string; title: string } }[] {
  const cuts: { start: number; end: number; tag: string; title: string }[] = [];
  for (const pl of block.placements) {
    let at = -1;
    let from = 0;
    for (let i = 0; i <= pl.nth; i += 1) {
      at = block.text.indexOf(pl.text, from);
      if (at < 0) break;
      from = at + pl.text.length;
    }
    if (at >= 0) cuts.push({ start: at, end: at + pl.text.length, tag: pl.tag, title: pl.title });
  }
  cuts.sort((a, b) => a.start - b.start);
  const out: { text: string; control?: { tag: string; title: string } }[] = [];
  let pos = 0;
  for (const c of cuts) {
    if (c.start < pos) continue;
    if (c.start > pos) out.push({ text: block.text.slice(pos, c.start) });
    out.push({ text: block.text.slice(c.start, c.end), control: { tag: c.tag, title: c.title.slice(0, 64) } });
    pos = c.end;
  }
  if (pos < block.text.length || out.length === 0) out.push({ text: block.text.slice(pos) });
  return out;
}

function paragraphXml(block: SectionBlock, options: InsertOptions): string {
  const rPr = runProps(block.role, options);
  const run = (t: string) => `<w:r>${rPr}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
  const body = pieces(block)
    .map((p) =>
      p.control
        ? `<w:sdt><w:sdtPr><w:alias w:val="${esc(p.control.title)}"/><w:tag w:val="${esc(p.control.tag)}"/><w:showingPlcHdr w:val="0"/></w:sdtPr><w:sdtContent>${run(p.text)}</w:sdtContent></w:sdt>`
        : run(p.text),
    )
    .join("");
  return `<w:p>${paragraphProps(block.role, options)}${body}</w:p>`;
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** Styles named as Word's built-in ones, so Word maps them onto the document's own Heading 1/2 and Title. */
const stylesXml = `<w:styles xmlns:w="${W}">${Object.values(styleOf)
  .filter((s, i, all) => all.findIndex((o) => o.id === s.id) === i)
  .map((s) => `<w:style w:type="paragraph" w:styleId="${s.id}"><w:name w:val="${s.name}"/></w:style>`)
  .join("")}</w:styles>`;

export function sectionOoxml(blocks: readonly SectionBlock[], options: InsertOptions): string {
  const body = blocks.map((b) => paragraphXml(b, options)).join("");
  const part = (name: string, type: string, xml: string) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
  const docRels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
  return [
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">`,
    part("/_rels/.rels", "application/vnd.openxmlformats-package.relationships+xml", rels),
    part("/word/_rels/document.xml.rels", "application/vnd.openxmlformats-package.relationships+xml", docRels),
    part("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
    part("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", stylesXml),
    `</pkg:package>`,
  ].join("");
}
