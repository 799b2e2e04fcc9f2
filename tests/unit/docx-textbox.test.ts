import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { runCli } from "../../src/cli/testing";
import { docxFromSimDocument, simDocumentFromDocx } from "../../src/simword/docx";
import { installSimDocument } from "../../src/word/testing";
import { type DocxFile, readDocx, snapshotOfDocx, writeEdits } from "../../src/wordml";
import { nodeXml } from "../../src/wordml/xmldom";
import { buildDocx, para } from "./docx-build";

/**
 * Text boxes (w:txbxContent) outside Word: the CLI scans, audits and fills them as parts of their own (文本框 n),
 * writing a fill into both copies Word and LibreOffice keep of a box (DrawingML in mc:Choice, VML in mc:Fallback).
 * The add-in, like Word's API, lists no text-box paragraph; the simulated host loaded from a .docx does the same.
 */
const fixture = join(__dirname, "../fixtures/docx/lo-textbox.docx");
const dir = mkdtempSync(join(tmpdir(), "dk-docx-tb-"));
const table = join(dir, "t.csv");
writeFileSync(table, "指标,别名,数值,单位,期间,地区\n城镇新增就业,新增就业,23456,人,2025年,全市\n城镇登记失业率,失业率,3.2,%,2025年,全市\n");
const xml = nodeXml();
const open = (bytes: Uint8Array): DocxFile => {
  const r = readDocx(bytes, xml);
  if (!r.ok) throw new Error(r.message);
  return r.file;
};
type Row = { part?: string; paragraph: number; text: string };
/** The text of each w:txbxContent in document.xml, mc:Choice and mc:Fallback copies alike, deleted text left out. */
const boxTexts = (docXml: string): string[] =>
  [...docXml.matchAll(/<w:txbxContent>([\s\S]*?)<\/w:txbxContent>/g)].map((m) => [...(m[1] ?? "").matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
const documentXml = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)["word/document.xml"] ?? new Uint8Array());

describe("text boxes in a .docx through the CLI", () => {
  it("scans each text box once, as 文本框 n after the body, not twice for its VML fallback", async () => {
    const r = await runCli(["scan", fixture, "--json"]);
    expect(r.code).toBe(0);
    const rows = (JSON.parse(r.out) as { placeholders: Row[] }).placeholders.map((p) => [p.part ?? "body", p.paragraph, p.text]);
    expect(rows).toEqual([
      ["body", 1, "X"],
      ["body", 3, "X"],
      ["textbox:0", 0, "X"],
      ["textbox:0", 1, "X"],
      ["textbox:1", 0, "某某"],
    ]);
    expect((await runCli(["scan", fixture])).out).toContain("文本框 1 1:13");
  });

  it("audits text boxes, naming them 文本框 n", async () => {
    const r = await runCli(["audit", fixture, "--json"]);
    const { findings } = JSON.parse(r.out) as { findings: { part?: string; text: string }[] };
    expect(findings.filter((f) => f.part?.startsWith("textbox:")).map((f) => [f.part, f.text])).toEqual([
      ["textbox:0", "X"],
      ["textbox:0", "X"],
      ["textbox:1", "某某"],
    ]);
  });

  it("fills a text box in both its DrawingML and VML copies, keeping run formatting and every other entry byte for byte", async () => {
    const out = join(dir, "plain.docx");
    expect((await runCli(["fill", fixture, "--table", table, "--year", "2026", "--out", out])).code).toBe(0);
    const before = unzipSync(readFileSync(fixture));
    const after = unzipSync(readFileSync(out));
    for (const name of Object.keys(before)) if (name !== "word/document.xml") expect([name, after[name]]).toEqual([name, before[name]]);
    const filled = ["要点：城镇登记失业率控制在3.2%以内。城镇新增就业2.35万人。", "联系人：某某"];
    expect(boxTexts(documentXml(readFileSync(out)))).toEqual([filled[0], filled[0], filled[1], filled[1]]);
    // the bold run 城镇登记失业率 is left as it was, in both copies
    expect(documentXml(readFileSync(out)).match(/<w:b\/>[\s\S]{0,200}?城镇登记失业率/g)?.length).toBe(documentXml(readFileSync(fixture)).match(/<w:b\/>[\s\S]{0,200}?城镇登记失业率/g)?.length);
    const again = (JSON.parse((await runCli(["scan", out, "--json"])).out) as { placeholders: Row[] }).placeholders.map((p) => [p.part ?? "body", p.text]);
    expect(again).toEqual([
      ["body", "X"],
      ["textbox:1", "某某"],
    ]);
  });

  it("records a text-box fill as a tracked change by DraftKit in both copies with --track-changes", async () => {
    const out = join(dir, "tracked.docx");
    expect((await runCli(["fill", fixture, "--table", table, "--year", "2026", "--track-changes", "--out", out])).code).toBe(0);
    const doc = documentXml(readFileSync(out));
    const boxes = [...doc.matchAll(/<w:txbxContent>([\s\S]*?)<\/w:txbxContent>/g)].map((m) => m[1] ?? "");
    expect(boxes.map((b) => [...b.matchAll(/<w:(ins|del) [^>]*w:author="DraftKit"/g)].length)).toEqual([4, 4, 0, 0]);
    expect(boxes.map((b) => [...b.matchAll(/<w:delText[^>]*>([^<]*)</g)].map((t) => t[1]).join(""))).toEqual(["XX", "XX", "", ""]);
  });

  it("keeps a text-box value linked to its row in a tagged content control in both copies with --linked", async () => {
    const out = join(dir, "linked.docx");
    expect((await runCli(["fill", fixture, "--table", table, "--year", "2026", "--linked", "--out", out])).code).toBe(0);
    const boxes = [...documentXml(readFileSync(out)).matchAll(/<w:txbxContent>([\s\S]*?)<\/w:txbxContent>/g)].map((m) => m[1] ?? "");
    const tags = (b: string): boolean[] => [...b.matchAll(/<w:tag w:val="([^"]*)"/g)].map((t) => (t[1] ?? "").startsWith("draftkit:1:"));
    expect(boxes.map(tags)).toEqual([[true, true], [true, true], [], []]);
    expect(boxTexts(documentXml(readFileSync(out))).slice(0, 2)).toEqual(["要点：城镇登记失业率控制在3.2%以内。城镇新增就业2.35万人。", "要点：城镇登记失业率控制在3.2%以内。城镇新增就业2.35万人。"]);
  });

  it("fills only the box the reader reads when the fallback is not a copy of it", () => {
    const box = (text: string) => `<w:txbxContent>${para(text)}</w:txbxContent>`;
    const file = open(
      buildDocx({
        body: `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">${box("就业X万人")}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml">${box("旧的X")}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
      }),
    );
    const snap = snapshotOfDocx(file.doc.parts);
    expect(snap.snapshot.paragraphs.map((p) => [p.part, p.text])).toEqual([
      [{ kind: "body" }, ""],
      [{ kind: "textbox", index: 0 }, "就业X万人"],
    ]);
    const source = snap.sources[1];
    if (!source) throw new Error("text box paragraph missing");
    const w = writeEdits(file, [{ paragraph: source.xml, start: 2, end: 3, text: "X", value: "12", mode: { kind: "plain" } }], xml);
    expect(w.applied).toHaveLength(1);
    expect(w.refused).toEqual([]);
    expect(boxTexts(documentXml(w.bytes))).toEqual(["就业12万人", "旧的X"]);
  });

  it("leaves text boxes out when asked, as the add-in reads a document", () => {
    const parts = open(readFileSync(fixture)).doc.parts;
    expect(snapshotOfDocx(parts, { textBoxes: false }).snapshot.paragraphs.some((p) => p.part.kind === "textbox")).toBe(false);
  });
});

describe("text boxes in the simulated host loaded from a .docx", () => {
  it("lists no text-box paragraph in the body (Word's body.paragraphs holds none), and saves the boxes unchanged", async () => {
    const file = open(readFileSync(fixture));
    const { sim, host } = installSimDocument(simDocumentFromDocx(file));
    const snap = await host.read();
    expect(snap.paragraphs.map((p) => p.text)).toEqual(["在全市就业工作会议上的讲话", "去年全市城镇新增就业X万人，完成年度目标任务。", "一、过去一年工作回顾", "今年要确保城镇新增就业X万人以上。"]);
    const p = snap.paragraphs[1];
    if (!p) throw new Error("paragraph missing");
    const at = p.text.indexOf("X");
    const report = await host.fill([{ part: p.part, paragraph: p.index, start: at, end: at + 1, text: "X", clause: { start: 0, end: p.text.length, text: p.text }, value: "2.35" }], { linked: false, trackChanges: false });
    expect(report.applied).toHaveLength(1);
    const saved = docxFromSimDocument(sim.doc, file, xml);
    expect(saved.refused).toEqual([]);
    const alternates = (s: string): string[] => s.match(/<mc:AlternateContent>[\s\S]*?<\/mc:AlternateContent>/g) ?? [];
    expect(alternates(documentXml(saved.bytes))).toEqual(alternates(documentXml(readFileSync(fixture))));
    expect(alternates(documentXml(saved.bytes))).toHaveLength(2);
    expect(documentXml(saved.bytes).replace(/<[^>]+>/g, "")).toContain("去年全市城镇新增就业2.35万人");
  });
});

describe("scan --json clauses of text boxes", () => {
  it("keeps apart the clauses of two text boxes reading alike (each is its part's paragraph 0)", async () => {
    const box = `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${para("就业X万人")}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const path = join(dir, "two-boxes.docx");
    writeFileSync(path, buildDocx({ body: `<w:p>${box}${box}</w:p>` }));
    const { placeholders, clauses } = JSON.parse((await runCli(["scan", path, "--json"])).out) as { placeholders: (Row & { clauseId: number })[]; clauses: { part?: string; text: string }[] };
    expect(placeholders.map((p) => [p.part, clauses[p.clauseId]?.part, clauses[p.clauseId]?.text])).toEqual([
      ["textbox:0", "textbox:0", "就业X万人"],
      ["textbox:1", "textbox:1", "就业X万人"],
    ]);
  });
});
