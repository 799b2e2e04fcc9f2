import { paragraphsOf, readDocx, snapshotOfDocx, type WordDocument } from "../../src/wordml";
import { nodeXml } from "../../src/wordml/xmldom";
import { buildDocx, para, WNS } from "./docx-build";

const xml = nodeXml();

function read(spec: Parameters<typeof buildDocx>[0]): WordDocument {
  const r = readDocx(buildDocx(spec), xml);
  if (!r.ok) throw new Error(r.message);
  return r.file.doc;
}

const bodyTexts = (doc: WordDocument): string[] => paragraphsOf(doc.parts[0]?.blocks ?? []).map((p) => p.text);
const part = (kind: string, inner: string): string => `<?xml version="1.0" encoding="UTF-8"?><w:${kind} ${WNS}>${inner}</w:${kind}>`;

describe("reading .docx paragraphs", () => {
  it("keeps tracked deletions in the text, as Word's paragraph.text does, and marks each run's kind", () => {
    const doc = read({
      body: `<w:p><w:r><w:t>就业</w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>X</w:delText></w:r></w:del><w:ins w:id="2" w:author="B" w:date="2026-01-01T00:00:00Z"><w:r><w:t>12</w:t></w:r></w:ins><w:r><w:t>万</w:t></w:r></w:p>`,
    });
    const [p] = paragraphsOf(doc.parts[0]?.blocks ?? []);
    expect(p?.text).toBe("就业X12万");
    expect(p?.runs.map((r) => [r.kind, r.text, r.start])).toEqual([["normal", "就业", 0], ["deleted", "X", 2], ["inserted", "12", 3], ["normal", "万", 5]]);
    expect(p?.runs[2]?.revision).toEqual({ author: "B", date: "2026-01-01T00:00:00Z" });
    expect(snapshotOfDocx(doc.parts).snapshot.paragraphs[0]?.text).toBe("就业12万");
  });

  it("gives fields their result text, not their codes", () => {
    const doc = read({
      body:
        `<w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p>` +
        `<w:p><w:fldSimple w:instr=" DATE "><w:r><w:t>2026年1月</w:t></w:r></w:fldSimple></w:p>`,
    });
    const [a, b] = paragraphsOf(doc.parts[0]?.blocks ?? []);
    expect(a?.text).toBe("第3页");
    expect(a?.runs.map((r) => r.kind)).toEqual(["normal", "field", "normal"]);
    expect(b?.runs.map((r) => [r.kind, r.text])).toEqual([["field", "2026年1月"]]);
  });

  it("reads tabs and breaks as Word's text has them, and run properties through styles", () => {
    const styles = part(
      "styles",
      `<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>` +
        `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>` +
        `<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/></w:rPr></w:style>`,
    );
    const doc = read({
      body: `<w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>一、</w:t></w:r><w:r><w:rPr><w:i/><w:color w:val="ff0000"/></w:rPr><w:tab/><w:t>总体</w:t><w:br/><w:t>要求</w:t></w:r></w:p>`,
      parts: { "word/styles.xml": styles },
      rels: { "word/styles.xml": ["rId9", "styles"] },
    });
    const [p] = paragraphsOf(doc.parts[0]?.blocks ?? []);
    expect(p?.text).toBe("一、\t总体\v要求");
    expect(p?.styleName).toBe("heading 1");
    expect(p?.props.lineSpacing).toEqual({ value: 28, rule: "exact" });
    expect(p?.props.outlineLevel).toBe(0);
    expect(p?.runs[0]?.props).toEqual({ font: "Times New Roman", fontEastAsia: "黑体", size: 16, bold: true });
    expect(p?.runs[1]?.props).toMatchObject({ italic: true, color: "#FF0000", fontEastAsia: "黑体" });
  });

  it("reads inline and block content controls with their tags and titles", () => {
    const doc = read({
      body:
        `<w:p><w:r><w:t>就业</w:t></w:r><w:sdt><w:sdtPr><w:alias w:val="城镇新增就业"/><w:tag w:val="draftkit:ph:number:%E5%B0%B1%E4%B8%9A"/><w:id w:val="7"/></w:sdtPr><w:sdtContent><w:r><w:t>X</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t>万人</w:t></w:r></w:p>` +
        `<w:sdt><w:sdtPr><w:tag w:val="block"/></w:sdtPr><w:sdtContent>${para("整段")}</w:sdtContent></w:sdt>`,
    });
    const [p] = paragraphsOf(doc.parts[0]?.blocks ?? []);
    expect(p?.controls).toEqual([{ tag: "draftkit:ph:number:%E5%B0%B1%E4%B8%9A", title: "城镇新增就业", id: 7, start: 2, end: 3 }]);
    expect(doc.parts[0]?.blocks[1]).toMatchObject({ type: "control", tag: "block" });
    expect(bodyTexts(doc)).toEqual(["就业X万人", "整段"]);
    expect(snapshotOfDocx(doc.parts).snapshot.paragraphs[0]?.bindings).toEqual([{ start: 2, end: 3, indicator: "就业" }]);
  });

  it("reads text boxes once (the DrawingML choice, not the VML fallback) outside the paragraph's text", () => {
    const box = `<w:txbxContent>${para("框内X")}</w:txbxContent>`;
    const doc = read({
      body: `<w:p><w:r><w:t>前</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wrap>${box}</wrap></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>${box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>后</w:t></w:r></w:p>`,
    });
    const [p] = doc.parts[0]?.blocks ?? [];
    expect(p?.type === "paragraph" && p.text).toBe("前后");
    expect(p?.type === "paragraph" && p.textBoxes.map((t) => ({ offset: t.offset, texts: paragraphsOf(t.blocks).map((x) => x.text) }))).toEqual([{ offset: 1, texts: ["框内X"] }]);
  });

  it("keeps merged cells in their rows: gridSpan columns, and vMerge cells give row context from where they start", () => {
    const cell = (text: string, pr = ""): string => `<w:tc><w:tcPr>${pr}</w:tcPr>${para(text)}</w:tc>`;
    const doc = read({
      body: `<w:tbl><w:tr>${cell("城镇新增就业", '<w:vMerge w:val="restart"/>')}${cell("2025年")}${cell("X万人")}</w:tr><w:tr>${cell("", "<w:vMerge/>")}${cell("2026年")}${cell("X万人")}</w:tr><w:tr>${cell("合计", '<w:gridSpan w:val="2"/>')}${cell("X")}</w:tr></w:tbl>`,
    });
    const table = doc.parts[0]?.blocks[0];
    expect(table?.type === "table" && table.rows.map((r) => r.cells.map((c) => [c.column, c.span, c.vMerge ?? ""]))).toEqual([
      [[0, 1, "restart"], [1, 1, ""], [2, 1, ""]],
      [[0, 1, "continue"], [1, 1, ""], [2, 1, ""]],
      [[0, 2, ""], [2, 1, ""]],
    ]);
    const rows = snapshotOfDocx(doc.parts).snapshot.paragraphs.filter((p) => p.text.includes("X")).map((p) => p.rowContext);
    expect(rows).toEqual(["城镇新增就业；2025年", "城镇新增就业；2026年", "合计"]);
  });
});

describe("reading .docx parts", () => {
  const hdr = (text: string): string => part("hdr", para(text));
  const ftr = (text: string): string => part("ftr", para(text));
  const sect = (refs: string, extra = ""): string => `<w:sectPr>${refs}${extra}</w:sectPr>`;
  const ref = (kind: string, type: string, id: string): string => `<w:${kind}Reference w:type="${type}" r:id="${id}"/>`;

  it("lists a header linked to the previous section once, with every section showing it", () => {
    const doc = read({
      body: `${para("一")}<w:p><w:pPr>${sect(ref("header", "default", "rH1") + ref("footer", "default", "rF1"))}</w:pPr></w:p>${para("二")}${sect("")}`,
      parts: { "word/header1.xml": hdr("XX市人民政府"), "word/footer1.xml": ftr("第X页") },
      rels: { "word/header1.xml": ["rH1", "header"], "word/footer1.xml": ["rF1", "footer"] },
    });
    expect(doc.sections).toBe(2);
    expect(doc.parts.filter((p) => p.kind === "header" || p.kind === "footer").map((p) => p.kind !== "body" && "sections" in p && [p.kind, p.type, p.sections])).toEqual([
      ["header", "Primary", [0, 1]],
      ["footer", "Primary", [0, 1]],
    ]);
  });

  it("reads first-page headers only under titlePg and even-page ones only under evenAndOddHeaders", () => {
    const spec = (titlePg: boolean, evenOdd: boolean) => ({
      body: para("正文") + sect(ref("header", "default", "rH1") + ref("header", "first", "rH2") + ref("header", "even", "rH3"), titlePg ? "<w:titlePg/>" : ""),
      parts: {
        "word/header1.xml": hdr("默认"),
        "word/header2.xml": hdr("首页"),
        "word/header3.xml": hdr("偶数页"),
        "word/settings.xml": part("settings", evenOdd ? "<w:evenAndOddHeaders/>" : ""),
      },
      rels: { "word/header1.xml": ["rH1", "header"] as [string, string], "word/header2.xml": ["rH2", "header"] as [string, string], "word/header3.xml": ["rH3", "header"] as [string, string], "word/settings.xml": ["rS", "settings"] as [string, string] },
    });
    const types = (doc: WordDocument): string[] => doc.parts.flatMap((p) => (p.kind === "header" ? [p.type] : []));
    expect(types(read(spec(false, false)))).toEqual(["Primary"]);
    expect(types(read(spec(true, false)))).toEqual(["Primary", "FirstPage"]);
    expect(types(read(spec(true, true)))).toEqual(["Primary", "FirstPage", "EvenPages"]);
  });

  it("reads footnotes and endnotes without their separators", () => {
    const notes = (kind: string) =>
      part(`${kind}s`, `<w:${kind} w:type="separator" w:id="-1">${para("")}</w:${kind}><w:${kind} w:type="continuationSeparator" w:id="0">${para("")}</w:${kind}><w:${kind} w:id="1">${para(`${kind} X`)}</w:${kind}>`);
    const doc = read({
      body: para("正文"),
      parts: { "word/footnotes.xml": notes("footnote"), "word/endnotes.xml": notes("endnote") },
      rels: { "word/footnotes.xml": ["rN1", "footnotes"], "word/endnotes.xml": ["rN2", "endnotes"] },
    });
    expect(doc.parts.slice(1).map((p) => p.kind !== "body" && "id" in p && [p.kind, p.index, p.id, paragraphsOf(p.blocks).map((x) => x.text)])).toEqual([
      ["footnote", 0, 1, ["footnote X"]],
      ["endnote", 0, 1, ["endnote X"]],
    ]);
  });

  it("reports a file that is not a .docx as docx_invalid, saying how to fix it", () => {
    const r = readDocx(new TextEncoder().encode("城镇新增就业X万人"), xml);
    expect(r).toMatchObject({ ok: false, code: "docx_invalid" });
    expect(!r.ok && r.message).toMatch(/另存为 \.docx/);
  });
});
