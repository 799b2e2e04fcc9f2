import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { runCli } from "../../src/cli/testing";
import { paragraphsOf, readDocx, reviewedText, type WordDocument } from "../../src/wordml";
import { nodeXml } from "../../src/wordml/xmldom";
import { buildDocx, para, WNS } from "./docx-build";

const dir = mkdtempSync(join(tmpdir(), "dk-docx-cli-"));
const put = (name: string, data: Uint8Array | string): string => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

const cell = (text: string): string => `<w:tc>${para(text)}</w:tc>`;
const draftBytes = buildDocx({
  body:
    para("全市工作会议") +
    para(["<w:b/>", "去年全市城镇新增"], ["<w:i/>", "就业X万"], "，失业率X%。") +
    `<w:tbl><w:tr>${cell("城镇新增就业")}${cell("X万人")}</w:tr></w:tbl>` +
    para("XX同志讲话") +
    `<w:sectPr><w:headerReference w:type="default" r:id="rH"/></w:sectPr>`,
  parts: { "word/header1.xml": `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${WNS}>${para("某某市人民政府办公室")}</w:hdr>` },
  rels: { "word/header1.xml": ["rH", "header"] },
});
const draft = put("draft.docx", draftBytes);
const table = put("t.csv", "指标,别名,数值,单位,期间,地区\n城镇新增就业,新增就业,23456,人,2025年,全市\n城镇登记失业率,失业率,3.2,%,2025年,全市\n");

function read(path: string): WordDocument {
  const r = readDocx(readFileSync(path), nodeXml());
  if (!r.ok) throw new Error(r.message);
  return r.file.doc;
}
const texts = (doc: WordDocument, f = reviewedText): string[] => doc.parts.flatMap((p) => paragraphsOf(p.blocks).map(f));

describe("draftkit on .docx", () => {
  it("scans body, table cells and headers of a .docx, naming the part of each placeholder", async () => {
    const r = await runCli(["scan", draft, "--json"]);
    expect(r.code).toBe(0);
    const { placeholders } = JSON.parse(r.out) as { placeholders: { part?: string; paragraph: number; text: string }[] };
    expect(placeholders.map((p) => [p.part ?? "body", p.paragraph, p.text])).toEqual([
      ["body", 1, "X"],
      ["body", 1, "X"],
      ["body", 3, "X"],
      ["body", 4, "XX"],
      ["header:0:Primary", 0, "某某"],
    ]);
    const human = await runCli(["scan", draft]);
    expect(human.out).toContain("页眉（第1节） 1:0");
  });

  it("names the part of each fill outside the body", async () => {
    const r = await runCli(["fill", draft, "--table", table, "--year", "2026", "--json"]);
    const { fills } = JSON.parse(r.out) as { fills: { part?: string; text: string }[] };
    expect(fills.map((f) => [f.part ?? "body", f.text])).toContainEqual(["header:0:Primary", "某某"]);
    expect((await runCli(["fill", draft, "--table", table, "--year", "2026"])).out).toContain("页眉（第1节） 1:0");
  });

  it("fills into a new .docx, keeping the other parts byte for byte", async () => {
    const out = join(dir, "out.docx");
    const r = await runCli(["fill", draft, "--table", table, "--year", "2026", "--out", out]);
    expect(r.code).toBe(0);
    expect(texts(read(out))).toEqual(["全市工作会议", "去年全市城镇新增就业2.35万，失业率3.2%。", "城镇新增就业", "2.35万人", "XX同志讲话", "某某市人民政府办公室"]);
    const before = unzipSync(draftBytes);
    const after = unzipSync(readFileSync(out));
    for (const name of Object.keys(before)) if (name !== "word/document.xml") expect(after[name]).toEqual(before[name]);
  });

  it("records the fill as tracked changes by DraftKit with --track-changes", async () => {
    const out = join(dir, "tracked.docx");
    expect((await runCli(["fill", draft, "--table", table, "--year", "2026", "--track-changes", "--out", out])).code).toBe(0);
    const doc = read(out);
    expect(texts(doc)[1]).toBe("去年全市城镇新增就业2.35万，失业率3.2%。");
    expect(texts(doc, (p) => p.text)[1]).toBe("去年全市城镇新增就业X2.35万，失业率X3.2%。");
    const runs = paragraphsOf(doc.parts[0]?.blocks ?? [])[1]?.runs ?? [];
    expect(runs.filter((x) => x.kind !== "normal").map((x) => [x.kind, x.text, x.revision?.author])).toEqual([
      ["deleted", "X", "DraftKit"],
      ["inserted", "2.35", "DraftKit"],
      ["deleted", "X", "DraftKit"],
      ["inserted", "3.2", "DraftKit"],
    ]);
    // rescanning the tracked result does not find the replaced X again
    const again = JSON.parse((await runCli(["scan", out, "--json"])).out) as { placeholders: { paragraph: number }[] };
    expect(again.placeholders.filter((p) => p.paragraph === 1)).toEqual([]);
  });

  it("keeps values linked to their rows in tagged content controls with --linked", async () => {
    const out = join(dir, "linked.docx");
    expect((await runCli(["fill", draft, "--table", table, "--year", "2026", "--linked", "--out", out])).code).toBe(0);
    const p = paragraphsOf(read(out).parts[0]?.blocks ?? [])[1];
    expect(p?.controls.map((c) => [p.text.slice(c.start, c.end), c.tag.startsWith("draftkit:1:"), c.title])).toEqual([
      ["2.35", true, "城镇新增就业 · 2025年"],
      ["3.2", true, "城镇登记失业率 · 2025年"],
    ]);
  });

  it("never writes onto the input, nor a .docx into a text file name, and keeps the revision flags for .docx", async () => {
    const same = await runCli(["fill", draft, "--table", table, "--out", draft]);
    expect(same.code).toBe(2);
    expect(readFileSync(draft)).toEqual(Buffer.from(draftBytes));
    const txt = await runCli(["fill", draft, "--table", table, "--out", join(dir, "x.txt")]);
    expect(txt.code).toBe(2);
    expect(txt.err).toContain("x.docx");
    expect(existsSync(join(dir, "x.txt"))).toBe(false);
    const plain = put("d.txt", "城镇新增就业X万\n");
    const flags = await runCli(["fill", plain, "--table", table, "--track-changes", "--out", join(dir, "y.txt")]);
    expect(flags.code).toBe(2);
    expect(flags.err).toContain("只用于 .docx");
  });

  it("overwrites the .docx itself only with --in-place", async () => {
    const copy = put("inplace.docx", draftBytes);
    expect((await runCli(["fill", copy, "--table", table, "--year", "2026", "--in-place"])).code).toBe(0);
    expect(texts(read(copy))[1]).toBe("去年全市城镇新增就业2.35万，失业率3.2%。");
  });

  it("audits a .docx, headers included", async () => {
    const r = await runCli(["audit", draft, "--json"]);
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.out) as { findings: { part?: string; text: string }[] };
    expect(findings.some((f) => f.part === "header:0:Primary" && f.text.includes("某某"))).toBe(true);
  });

  it("refuses a broken .docx saying what to do", async () => {
    const broken = put("broken.docx", draftBytes.slice(0, 200));
    const r = await runCli(["scan", broken]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\.docx/);
  });
});
