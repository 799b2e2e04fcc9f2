import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { type Block, type Paragraph, type Part, paragraphsOf, readDocx, snapshotOfDocx, type WordDocument, writeEdits } from "../../src/wordml";
import { nodeXml } from "../../src/wordml/xmldom";

/** The real .docx corpus (see tests/fixtures/docx/SOURCES.md): every construct the reader claims, read from files others wrote. */
const dir = join(__dirname, "../fixtures/docx");
const xml = nodeXml();
const files = readdirSync(dir).filter((f) => f.endsWith(".docx"));

function load(name: string): WordDocument {
  const r = readDocx(readFileSync(join(dir, name)), xml);
  if (!r.ok) throw new Error(`${name}: ${r.message}`);
  return r.file.doc;
}
const all = (doc: WordDocument): Paragraph[] => doc.parts.flatMap((p) => paragraphsOf(p.blocks));
const body = (doc: WordDocument): Paragraph[] => paragraphsOf(doc.parts[0]?.blocks ?? []);
const find = (doc: WordDocument, text: string): Paragraph => {
  const p = all(doc).find((x) => x.text.includes(text));
  if (!p) throw new Error(`no paragraph with ${text}`);
  return p;
};
const parts = (doc: WordDocument, kind: Part["kind"]) => doc.parts.filter((p) => p.kind === kind);

describe("the .docx corpus", () => {
  it("holds the files SOURCES.md names", () => {
    const sources = readFileSync(join(dir, "SOURCES.md"), "utf8");
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const f of files) expect(sources).toContain(f.replace(/^(pydocx|mammoth|docx4j)-.*$/, "$1-"));
  });

  it.each(files)("reads %s, and an empty write leaves every entry byte-identical", (name) => {
    const bytes = readFileSync(join(dir, name));
    const r = readDocx(bytes, xml);
    if (!r.ok) throw new Error(r.message);
    expect(snapshotOfDocx(r.file.doc.parts).snapshot.paragraphs.length).toBeGreaterThan(0);
    const before = unzipSync(bytes);
    const after = unzipSync(writeEdits(r.file, [], xml).bytes);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const k of Object.keys(before)) expect(Buffer.compare(Buffer.from(after[k] ?? []), Buffer.from(before[k] ?? []))).toBe(0);
  });
});

describe("constructs in files converted by LibreOffice (lo-constructs.docx)", () => {
  const doc = load("lo-constructs.docx");

  it("computes 一、（一） chineseCounting, 甲、 ideographTraditional and a decimal list starting at 3", () => {
    expect(body(doc).filter((p) => p.list).map((p) => `${p.list?.listString}${p.text}`)).toEqual([
      "一、总体要求", "（一）指导思想", "（二）主要目标", "二、重点任务", "（一）稳就业", "甲、第一项", "乙、第二项", "3.从三开始", "4.接着四",
    ]);
  });

  it("keeps a tracked insertion and deletion with their author", () => {
    const p = find(doc, "投资X亿元");
    expect(p.text).toBe("全年新增完成旧的投资X亿元。");
    expect(p.runs.filter((r) => r.kind !== "normal").map((r) => [r.kind, r.text, r.revision?.author])).toEqual([
      ["inserted", "新增", "张三"],
      ["deleted", "旧的", "张三"],
    ]);
  });

  it("gives field results (TITLE in the body, PAGE in the footer), not codes", () => {
    expect(find(doc, "讲话（").runs.map((r) => [r.kind, r.text])).toEqual([["normal", "在全市工作会议上的讲话（"], ["field", "示例讲话稿"], ["normal", "）"]]);
    const footer = parts(doc, "footer").flatMap((p) => paragraphsOf(p.blocks)).find((p) => p.text.startsWith("第"));
    expect(footer?.runs.map((r) => r.kind)).toEqual(["normal", "field", "normal"]);
  });

  it("reads default, first-page and even-page headers, footnotes, endnotes and a text box", () => {
    expect(parts(doc, "header").map((p) => p.kind === "header" && [p.type, paragraphsOf(p.blocks).map((x) => x.text).join("")])).toEqual([
      ["Primary", "XX市人民政府办公室"],
      ["FirstPage", "首页页眉某某"],
      ["EvenPages", "偶数页页眉X"],
    ]);
    expect(parts(doc, "footnote").flatMap((p) => paragraphsOf(p.blocks).map((x) => x.text.trim()))).toEqual(["数据来源：某某局统计。"]);
    expect(parts(doc, "endnote").flatMap((p) => paragraphsOf(p.blocks).map((x) => x.text.trim()))).toEqual(["尾注X。"]);
    const anchor = find(doc, "文本框所在段落");
    expect(anchor.textBoxes.map((t) => paragraphsOf(t.blocks).map((x) => x.text))).toEqual([["文本框里的X项"]]);
  });

  it("keeps merged cells in their rows", () => {
    const table = doc.parts[0]?.blocks.find((b): b is Extract<Block, { type: "table" }> => b.type === "table");
    expect(table?.rows.map((r) => r.cells.map((c) => `${c.column}/${c.span}/${c.vMerge ?? "-"}`))).toEqual([
      ["0/1/restart", "1/1/-", "2/1/-"],
      ["0/1/continue", "1/1/-", "2/1/-"],
      ["0/2/-", "2/1/-"],
    ]);
    const snap = snapshotOfDocx(doc.parts).snapshot.paragraphs.filter((p) => p.text === "X万人" || p.text === "X");
    expect(snap.map((p) => p.rowContext)).toEqual(["城镇新增就业；2025年", "城镇新增就业；2026年", "合计"]);
  });

  it("reads a content control and run formatting (East Asian font, bold, italic, colour)", () => {
    const p = find(doc, "联系人");
    expect(p.controls.map((c) => p.text.slice(c.start, c.end))).toEqual(["XX同志"]);
    const q = find(doc, "城镇新增就业X万人");
    expect(q.runs[0]?.props).toMatchObject({ fontEastAsia: "黑体", bold: true });
    expect(q.runs[1]?.props).toMatchObject({ italic: true, color: "#C00000" });
  });
});

describe("constructs in files from other projects", () => {
  it("reads tagged content controls, inline, around blocks and around table rows (docx4j invoice.docx)", () => {
    const doc = load("docx4j-invoice.docx");
    const tags: string[] = [];
    const walk = (bs: readonly Block[]): void => {
      for (const b of bs) {
        if (b.type === "control") {
          tags.push(b.tag);
          walk(b.blocks);
        } else if (b.type === "paragraph") tags.push(...b.controls.map((c) => c.tag));
        else
          for (const r of b.rows) {
            tags.push(...(r.controls ?? []).map((c) => c.tag));
            for (const c of r.cells) walk(c.blocks);
          }
      }
    };
    walk(doc.parts[0]?.blocks ?? []);
    expect(tags).toEqual(expect.arrayContaining(["od:xpath=x1&customer name=customer name", "od:condition=c6", "od:repeat=x2&od:finish=t_r"]));
  });

  it("gives MERGEFIELD results (docx4j MERGEFIELD.docx)", () => {
    const p = find(load("docx4j-MERGEFIELD.docx"), "Hallo, lower «");
    expect(p.runs.filter((r) => r.kind === "field").map((r) => r.text).join("")).toBe("«Kundenname»");
    expect(p.text).not.toContain("MERGEFIELD");
  });

  it("reads Word's tracked changes and merged cells (docx4j sample-docx.docx)", () => {
    const doc = load("docx4j-sample-docx.docx");
    const p = find(doc, "Here is some change tracking");
    expect(p.runs.filter((r) => r.kind === "inserted").map((r) => r.text).join("")).toContain("insertion");
    expect(p.runs.filter((r) => r.kind === "deleted").map((r) => r.text).join("")).toContain("deletion");
    const cells = doc.parts[0]?.blocks.flatMap((b) => (b.type === "table" ? b.rows.flatMap((r) => r.cells) : [])) ?? [];
    expect(cells.some((c) => c.vMerge === "continue")).toBe(true);
    expect(cells.some((c) => c.span > 1)).toBe(true);
  });

  it("lists a header linked across sections once (python-docx hdr-header-footer.docx)", () => {
    const doc = load("pydocx-hdr-header-footer.docx");
    expect(doc.sections).toBe(2);
    expect(parts(doc, "header").map((p) => p.kind === "header" && p.sections)).toEqual([[0, 1]]);
  });

  it("reads a first-page header only where its section asks for it (python-docx sct-first-page-hdrftr.docx)", () => {
    const doc = load("pydocx-sct-first-page-hdrftr.docx");
    expect(parts(doc, "header").map((p) => p.kind === "header" && [p.type, p.sections])).toEqual([
      ["Primary", [0, 1]],
      ["FirstPage", [1]],
    ]);
  });

  it("reads even-page headers under evenAndOddHeaders (python-docx doc-odd-even-hdrs.docx, docx4j odd_even_different_first_page.docx)", () => {
    expect(parts(load("pydocx-doc-odd-even-hdrs.docx"), "header").map((p) => p.kind === "header" && p.type)).toEqual(["Primary", "EvenPages"]);
    expect(parts(load("docx4j-odd_even_different_first_page.docx"), "header").map((p) => p.kind === "header" && p.type)).toEqual(["Primary", "FirstPage", "EvenPages"]);
  });

  it("reads footnotes, endnotes and a text box written by Word (mammoth.js)", () => {
    expect(parts(load("mammoth-footnotes.docx"), "footnote").map((p) => paragraphsOf(p.blocks).map((x) => x.text.trim()).join(""))).toEqual(["A tachyon walks into a bar.", "Fin."]);
    expect(parts(load("mammoth-endnotes.docx"), "endnote")).toHaveLength(2);
    const box = body(load("mammoth-text-box.docx")).flatMap((p) => p.textBoxes.flatMap((t) => paragraphsOf(t.blocks).map((x) => x.text)));
    expect(box).toEqual(["Datum plane"]);
  });
});
