import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FillTarget } from "../core/host";
import { scanSnapshot } from "../core/placeholders/scan";
import { type DocxFile, readDocx, reviewedText, snapshotOfDocx } from "../wordml";
import { nodeXml } from "../wordml/xmldom";
import { buildDocx, para } from "../../tests/unit/docx-build";
import { docxFromSimDocument, simDocumentFromDocx } from "../simword/docx";
import { installSimDocument } from "./testing";

const xml = nodeXml();
const open = (bytes: Uint8Array): DocxFile => {
  const r = readDocx(bytes, xml);
  if (!r.ok) throw new Error(r.message);
  return r.file;
};
const fixtures = join(__dirname, "../../tests/fixtures/docx");

describe("a .docx loaded into the simulated host", () => {
  const files = readdirSync(fixtures).filter((f) => f.endsWith(".docx"));

  it.each(files)("%s reads through the Word adapter as the CLI reads it, placeholders included", async (name) => {
    const file = open(new Uint8Array(readFileSync(join(fixtures, name))));
    const { host } = installSimDocument(simDocumentFromDocx(file));
    const viaHost = await host.read();
    const viaCli = snapshotOfDocx(file.doc.parts, { textBoxes: false }).snapshot;
    const texts = (s: typeof viaHost) => s.paragraphs.map((p) => `${p.part.kind}|${p.text}`);
    expect(texts(viaHost)).toEqual(texts(viaCli));
    const hits = (s: typeof viaHost) => scanSnapshot(s).placeholders.map((p) => `${p.part.kind}:${p.paragraph}:${p.start}:${p.text}`);
    expect(hits(viaHost)).toEqual(hits(viaCli));
  });
});

describe("writing the simulated document back to .docx", () => {
  const source = () => open(buildDocx({ body: para("去年城镇新增", "就业X万，失业率X%。") + para("不变的段落") }));
  const target = (start: number, value: string, tag?: string): FillTarget => ({
    part: { kind: "body" },
    paragraph: 0,
    start,
    end: start + 1,
    text: "X",
    clause: { start: 0, end: 17, text: "去年城镇新增就业X万，失业率X%。" },
    value,
    ...(tag ? { tag } : {}),
  });

  it.each([
    ["plain", { linked: false, trackChanges: false }],
    ["tracked", { linked: false, trackChanges: true }],
    ["linked", { linked: true, trackChanges: false }],
  ] as const)("writes a %s fill made through the adapter as edits of the same runs", async (_mode, options) => {
    const file = source();
    const { sim, host } = installSimDocument(simDocumentFromDocx(file));
    await host.read();
    const report = await host.fill([target(8, "2.35", "draftkit:1:a"), target(14, "3.2", "draftkit:1:b")], options);
    expect(report.applied).toHaveLength(2);
    const saved = docxFromSimDocument(sim.doc, file, xml);
    expect(saved.refused).toEqual([]);
    expect(saved.notWritten).toBe(0);
    const again = open(saved.bytes);
    const body = again.doc.parts[0]!;
    const [first, second] = body.kind === "body" ? body.blocks : [];
    expect(first?.type === "paragraph" && reviewedText(first)).toBe("去年城镇新增就业2.35万，失业率3.2%。");
    expect(second?.type === "paragraph" && second.text).toBe("不变的段落");
    if (options.trackChanges) expect(first?.type === "paragraph" && first.runs.some((r) => r.kind === "deleted" && r.text === "X")).toBe(true);
    if (options.linked) expect(first?.type === "paragraph" && first.controls.map((c) => c.tag)).toHaveLength(2);
  });
});

describe("what the bridge keeps and what it cannot write", () => {
  it("keeps formatting run by run and list numbers, and counts paragraphs added in the simulation as not written", async () => {
    const body = para(["<w:b/><w:rFonts w:ascii=\"Arial\" w:eastAsia=\"黑体\"/>", "一、"], "总体要求") + para("正文X万");
    const file = open(buildDocx({ body }));
    const doc = simDocumentFromDocx(file);
    const [heading] = doc.body.paragraphs();
    expect(heading?.runs.map((r) => [r.text, r.font.bold, r.font.nameEastAsia])).toEqual([
      ["一、", true, "黑体"],
      ["总体要求", false, "宋体"],
    ]);
    doc.body.appendParagraph("新加的段落");
    const saved = docxFromSimDocument(doc, file, xml);
    expect(saved.notWritten).toBe(1);
    expect(saved.applied).toEqual([]);
  });
});
