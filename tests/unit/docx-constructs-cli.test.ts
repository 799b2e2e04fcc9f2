import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/testing";
import { readDocx } from "../../src/wordml";
import { nodeXml } from "../../src/wordml/xmldom";

/**
 * Each construct the reader must handle, seen end to end through the CLI on lo-scan.docx (converted by LibreOffice
 * from lo-scan.fodt; see tests/fixtures/docx/SOURCES.md): a field's result, tracked changes, notes, a header linked
 * into later sections, automatic list numbers, a content control's tag, and a vertically merged table cell.
 */
const fixture = join(__dirname, "../fixtures/docx/lo-scan.docx");
const dir = mkdtempSync(join(tmpdir(), "dk-docx-constructs-"));
const table = join(dir, "t.csv");
writeFileSync(table, "指标,别名,数值,单位,期间,地区\n城镇新增就业,新增就业,23456,人,2025年,全市\n城镇新增就业,新增就业,34567,人,2026年,全市\n城镇登记失业率,失业率,3.2,%,2025年,全市\n");

type Placeholder = { part?: string; paragraph: number; start: number; text: string; clause: string };
type Fill = { part?: string; paragraph: number; text: string; value: string | null; row: string | null; status: string; candidates: { name: string }[] };

let placeholders: Placeholder[] = [];
let fills: Fill[] = [];
beforeAll(async () => {
  placeholders = (JSON.parse((await runCli(["scan", fixture, "--json"])).out) as { placeholders: Placeholder[] }).placeholders;
  fills = (JSON.parse((await runCli(["fill", fixture, "--table", table, "--year", "2026", "--json"])).out) as { fills: Fill[] }).fills;
});
const at = (part: string | undefined, paragraph: number): Placeholder[] => placeholders.filter((p) => p.part === part && p.paragraph === paragraph);

describe("each .docx construct through draftkit scan, fill and audit", () => {
  it("reads a field's result, not its code (TITLE → 示例XX稿)", () => {
    expect(at(undefined, 0).map((p) => [p.start, p.text, p.clause])).toEqual([[7, "XX", "会议材料（示例XX稿）"]]);
  });

  it("scans a tracked insertion and not the tracked deletion before it", () => {
    // 全年城镇新增就业[deleted 约X万][inserted X万人]。: only the inserted X, at its offset in the reviewed text
    expect(at(undefined, 4).map((p) => [p.start, p.text, p.clause])).toEqual([[8, "X", "全年城镇新增就业X万人"]]);
  });

  it("scans footnotes and endnotes as parts of their own", () => {
    expect(placeholders.filter((p) => p.part?.endsWith("note:0")).map((p) => [p.part, p.text])).toEqual([
      ["footnote:0", "X"],
      ["endnote:0", "X"],
    ]);
  });

  it("lists a header linked into later sections once", () => {
    const r = readDocx(readFileSync(fixture), nodeXml());
    if (!r.ok) throw new Error(r.message);
    expect(r.file.doc.sections).toBe(3);
    expect(placeholders.filter((p) => p.part?.startsWith("header:")).map((p) => [p.part, p.text])).toEqual([["header:0:Primary", "XX"]]);
  });

  it("audits a typed heading number against the automatic list numbers before it (listString from numbering.xml)", async () => {
    const { findings } = JSON.parse((await runCli(["audit", fixture, "--json"])).out) as { findings: { rule: string; paragraph: number; message: string }[] };
    expect(findings.filter((f) => f.rule === "numbering").map((f) => [f.paragraph, f.message])).toEqual([[3, "序号“二、”重复：应为“三、”"]]);
  });

  it("binds a placeholder in a content control tagged with an indicator to that indicator only", () => {
    // 其中：X万人。names no indicator; the tag draftkit:ph:number:城镇新增就业 does, and both periods fit: left blank
    const f = fills.find((x) => x.part === undefined && x.paragraph === 5);
    expect([f?.status, f?.value, [...new Set(f?.candidates.map((c) => c.name))]]).toEqual(["ambiguous", null, ["城镇新增就业"]]);
  });

  it("gives a cell under a vertically merged row label that label, each row its own period", () => {
    const rows = fills.filter((x) => x.part === undefined && (x.paragraph === 8 || x.paragraph === 11)).map((x) => [x.paragraph, x.value, x.row]);
    expect(rows).toEqual([
      [8, "2.35", "城镇新增就业|2025年|全市"],
      [11, "3.46", "城镇新增就业|2026年|全市"],
    ]);
  });
});
