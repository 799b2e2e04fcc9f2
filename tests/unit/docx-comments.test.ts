import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { type DocxFile, paragraphsOf, readDocx } from "../../src/wordml";
import { addComments, type NewComment } from "../../src/wordml/comments";
import { nodeXml } from "../../src/wordml/xmldom";
import { buildDocx, para, WNS } from "./docx-build";

const xml = nodeXml();
const open = (bytes: Uint8Array): DocxFile => {
  const r = readDocx(bytes, xml);
  if (!r.ok) throw new Error(r.message);
  return r.file;
};
const comment = (file: DocxFile, find: string, text: string, content: string): NewComment => {
  const p = file.doc.parts.flatMap((x) => paragraphsOf(x.blocks)).find((x) => x.text.includes(find));
  if (!p) throw new Error(`no paragraph with ${find}`);
  const start = p.text.indexOf(text);
  return { paragraph: p.xml, start, end: start + text.length, text, content, author: "DraftKit", date: "2026-11-24T08:00:00Z" };
};

describe("comments added to a .docx", () => {
  it("creates the comments part with its relationship and content type, marking exactly the commented characters", () => {
    const bytes = buildDocx({ body: para("去年新增就业", "X万人。") });
    const file = open(bytes);
    const r = addComments(file, [comment(file, "X万人", "X", "【DraftKit】此处尚未填写")], xml);
    expect([r.written, r.refused]).toEqual([1, []]);
    const files = unzipSync(r.bytes);
    const doc = strFromU8(files["word/document.xml"] ?? new Uint8Array());
    expect(doc.replace(/ xml:space="preserve"/g, "")).toContain('<w:commentRangeStart w:id="1"/><w:r><w:t>X</w:t></w:r><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r><w:r><w:t>万人。</w:t></w:r>');
    expect(strFromU8(files["word/comments.xml"] ?? new Uint8Array())).toContain('<w:comment xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:id="1" w:author="DraftKit" w:date="2026-11-24T08:00:00Z" w:initials="Dr"><w:p><w:r><w:t xml:space="preserve">【DraftKit】此处尚未填写</w:t></w:r></w:p></w:comment>');
    expect(strFromU8(files["[Content_Types].xml"] ?? new Uint8Array())).toContain('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>');
    expect(strFromU8(files["word/_rels/document.xml.rels"] ?? new Uint8Array())).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"');
    // the result reads back with its text unchanged
    expect(paragraphsOf(open(r.bytes).doc.parts[0]?.blocks ?? []).map((p) => p.text)).toEqual(["去年新增就业X万人。"]);
  });

  it("appends to a document's own comments part with ids none of its comments has, leaving other entries as they were", () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, "../fixtures/docx/mammoth-comments.docx")));
    const file = open(bytes);
    const r = addComments(file, [comment(file, "Ouch", "Ouch", "批注内容 <&>")], xml);
    expect(r.written).toBe(1);
    const before = unzipSync(bytes);
    const after = unzipSync(r.bytes);
    for (const name of Object.keys(before)) if (name !== "word/document.xml" && name !== "word/comments.xml") expect([name, after[name]]).toEqual([name, before[name]]);
    const comments = strFromU8(after["word/comments.xml"] ?? new Uint8Array());
    const ids = [...comments.matchAll(/<w:comment [^>]*w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(comments).toContain("批注内容 &lt;&amp;&gt;");
    expect(comments.startsWith(strFromU8(before["word/comments.xml"] ?? new Uint8Array()).replace(/<\/w:comments>\s*$/, ""))).toBe(true);
  });

  it("refuses a comment in a header, as Word allows none there, and one whose text has changed", () => {
    const file = open(
      buildDocx({
        body: para("正文X。") + `<w:sectPr><w:headerReference w:type="default" r:id="rH"/></w:sectPr>`,
        parts: { "word/header1.xml": `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${WNS}>${para("XX市")}</w:hdr>` },
        rels: { "word/header1.xml": ["rH", "header"] },
      }),
    );
    const inHeader = comment(file, "XX市", "XX", "页眉");
    const changed = { ...comment(file, "正文X", "X", "旧"), text: "Y" };
    const r = addComments(file, [inHeader, changed], xml);
    expect(r.written).toBe(0);
    expect(r.refused.map((x) => x.message)).toEqual([
      "批注“页眉”未写入 .docx：批注只能加在正文中。",
      "批注“旧”未写入 .docx：文档已改动：该处不再是“Y”。请重新扫描后再填充。",
    ]);
  });
});
