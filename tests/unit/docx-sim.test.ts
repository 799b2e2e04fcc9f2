import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { partKey } from "../../src/core/document/snapshot";
import { scanSnapshot } from "../../src/core/placeholders/scan";
import { runCli } from "../../src/cli/testing";
import { docxFromSimDocument, simDocumentFromDocx } from "../../src/simword/docx";
import { installSimDocument } from "../../src/word/testing";
import { readDocx } from "../../src/wordml";
import { nodeXml } from "../../src/wordml/xmldom";

/**
 * `draftkit scan` on a .docx and the pane on the same .docx loaded into the simulated Word (the bridge
 * src/simword/docx.ts) must list the same placeholders, part by part; and a fill made by the pane, saved back to
 * .docx, reads in the CLI as filled.
 */
const fixtures = join(__dirname, "../fixtures/docx");
const files = readdirSync(fixtures).filter((f) => f.endsWith(".docx"));
const xml = nodeXml();

type Row = { part?: string; paragraph: number; start: number; end: number; text: string; kind: string };

describe("the CLI and the simulated host agree on a .docx", () => {
  it.each(files)("scans %s to the same placeholders through the CLI and through the pane's adapter", async (name) => {
    const path = join(fixtures, name);
    const cli = await runCli(["scan", path, "--json"]);
    expect(cli.code).toBe(0);
    // text boxes are scanned by the CLI only: Word's API, and so the pane, lists their paragraphs in no part
    const viaCli = (JSON.parse(cli.out) as { placeholders: Row[] }).placeholders.filter((p) => !p.part?.startsWith("textbox:")).map((p) => `${p.part ?? "body"}#${p.paragraph}:${p.start}-${p.end}:${p.kind}:${p.text}`);
    const r = readDocx(readFileSync(path), xml);
    if (!r.ok) throw new Error(r.message);
    const { host } = installSimDocument(simDocumentFromDocx(r.file));
    const viaHost = scanSnapshot(await host.read()).placeholders.map((p) => `${partKey(p.part)}#${p.paragraph}:${p.start}-${p.end}:${p.kind}:${p.text}`);
    expect(viaHost).toEqual(viaCli);
  });

  it("finds placeholders in the corpus's Chinese drafts (so the comparison is not between two empty lists)", async () => {
    const counts = await Promise.all(["lo-constructs.docx", "lo-speech.docx"].map(async (f) => (JSON.parse((await runCli(["scan", join(fixtures, f), "--json"])).out) as { placeholders: Row[] }).placeholders.length));
    expect(counts.every((n) => n >= 5)).toBe(true);
  });

  it("reads a fill the pane made and saved back to .docx as filled in the CLI", async () => {
    const r = readDocx(readFileSync(join(fixtures, "lo-speech.docx")), xml);
    if (!r.ok) throw new Error(r.message);
    const { sim, host } = installSimDocument(simDocumentFromDocx(r.file));
    const snap = await host.read();
    const p = snap.paragraphs.find((x) => x.text.startsWith("去年全市城镇新增就业X万人"));
    if (!p) throw new Error("paragraph missing");
    const at = p.text.indexOf("X");
    const report = await host.fill([{ part: p.part, paragraph: p.index, start: at, end: at + 1, text: "X", clause: { start: 0, end: p.text.length, text: p.text }, value: "2.35" }], { linked: false, trackChanges: true });
    expect(report.applied).toHaveLength(1);
    const saved = docxFromSimDocument(sim.doc, r.file, xml);
    expect(saved.refused).toEqual([]);
    const out = join(mkdtempSync(join(tmpdir(), "dk-docx-sim-")), "saved.docx");
    writeFileSync(out, saved.bytes);
    const rows = (JSON.parse((await runCli(["scan", out, "--json"])).out) as { placeholders: Row[] }).placeholders.filter((x) => x.paragraph === p.index);
    expect(rows.map((x) => x.text)).toEqual(["X"]);
  });

  it("loads a row-level content control (docx4j invoice.docx's repeating row) as a control over the row's cells", () => {
    const r = readDocx(readFileSync(join(fixtures, "docx4j-invoice.docx")), xml);
    if (!r.ok) throw new Error(r.message);
    const doc = simDocumentFromDocx(r.file);
    const row = doc.liveContentControls().find((c) => c.tag === "od:repeat=x2&od:finish=t_r");
    if (!row) throw new Error("row control missing");
    const cells = row.span.start.para.parent;
    expect([cells.kind, row.span.end.para.parent.kind, row.span.start.offset]).toEqual(["cell", "cell", 0]);
    expect(row.span.end.para).not.toBe(row.span.start.para);
  });
});

