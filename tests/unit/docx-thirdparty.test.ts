import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/testing";
import { type DocxFile, paragraphsOf, readDocx, writeEdits, type Paragraph, type Block } from "../../src/wordml";
import { addComments } from "../../src/wordml/comments";
import { nodeXml } from "../../src/wordml/xmldom";

/**
 * Proof by third-party software: every .docx DraftKit writes here is opened by LibreOffice (its text export must be
 * the expected text) and by python-docx. Missing tools skip these tests with a message locally and fail them in CI.
 */
jest.setTimeout(240_000);

const fixtures = join(__dirname, "../fixtures/docx");
const xml = nodeXml();
const work = mkdtempSync(join(tmpdir(), "dk-docx-3p-"));
const PYTHON = "/usr/bin/python3";

const has = (cmd: string, args: string[]): boolean => spawnSync(cmd, args, { encoding: "utf8", timeout: 60_000 }).status === 0;
const soffice = has("soffice", ["--version"]);
const pythonDocx = has(PYTHON, ["-c", "import docx"]);
const told = new Set<string>();
const need = (ok: boolean, what: string): typeof it => {
  if (ok) return it;
  if (process.env.CI) return ((name: string, fn: () => unknown) => it(name, () => { throw new Error(`${what} is missing: CI installs it (.ci/run)`); void fn; })) as unknown as typeof it;
  if (!told.has(what)) console.log(`docx-thirdparty: ${what} not installed, skipping its checks (they fail in CI)`);
  told.add(what);
  return it.skip;
};

const MARK = "【DK】";
const WORD = /^[A-Za-z\u4e00-\u9fff]{2}$/;

function allParagraphs(blocks: readonly Block[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paragraphsOf(blocks)) {
    out.push(p);
    for (const t of p.textBoxes) out.push(...allParagraphs(t.blocks));
  }
  return out;
}

/** A two-letter stretch of a body paragraph's plain run that occurs once in the whole document, if any. */
function uniqueTarget(file: DocxFile): { p: Paragraph; start: number; text: string } | undefined {
  const everything = file.doc.parts.flatMap((x) => allParagraphs(x.blocks)).map((p) => p.text).join("\n");
  for (const p of paragraphsOf(file.doc.parts[0]?.blocks ?? [])) {
    for (const r of p.runs) {
      if (r.kind !== "normal") continue;
      for (let i = 0; i + 2 <= r.text.length; i += 1) {
        const s = r.text.slice(i, i + 2);
        if (WORD.test(s) && everything.split(s).length === 2) return { p, start: r.start + i, text: s };
      }
    }
  }
  return undefined;
}

interface Case {
  name: string;
  /** the input's text with what DraftKit changed: LibreOffice's export of the output must equal this */
  expect: (inputText: string) => string;
}
const cases: Case[] = [];

beforeAll(async () => {
  mkdirSync(join(work, "txt"));
  for (const f of readdirSync(fixtures).filter((x) => x.endsWith(".docx"))) {
    const bytes = readFileSync(join(fixtures, f));
    const r = readDocx(bytes, xml);
    if (!r.ok) throw new Error(r.message);
    const t = uniqueTarget(r.file);
    if (!t) continue;
    const out = writeEdits(r.file, [{ paragraph: t.p.xml, start: t.start, end: t.start + 2, text: t.text, value: MARK, mode: { kind: "plain" } }], xml);
    if (out.refused.length > 0) throw new Error(`${f}: ${out.refused[0]?.message}`);
    const name = f.replace(/\.docx$/, "");
    writeFileSync(join(work, `in-${name}.docx`), bytes);
    writeFileSync(join(work, `out-${name}.docx`), out.bytes);
    cases.push({ name, expect: (text) => (text.split(t.text).length === 2 ? text.replace(t.text, MARK) : `${t.text} 应在原文中恰好出现一次`) });
  }
  // The three fill modes through the CLI on a speech converted by LibreOffice.
  const table = join(work, "t.csv");
  writeFileSync(table, "指标,别名,数值,单位,期间,地区\n城镇新增就业,新增就业,23456,人,2025年,全市\n城镇登记失业率,失业率,3.2,%,2025年,全市\n");
  copyFileSync(join(fixtures, "lo-speech.docx"), join(work, "in-speech.docx"));
  for (const [mode, flags] of [["plain", []], ["tracked", ["--track-changes"]], ["linked", ["--linked"]]] as const) {
    const r = await runCli(["fill", join(fixtures, "lo-speech.docx"), "--table", table, "--year", "2026", ...flags, "--out", join(work, `out-speech-${mode}.docx`)]);
    if (r.code !== 0) throw new Error(r.err);
  }
  // Text boxes filled through the CLI (plain and tracked), each written in its DrawingML and VML copies.
  copyFileSync(join(fixtures, "lo-textbox.docx"), join(work, "in-textbox.docx"));
  for (const [mode, flags] of [["plain", []], ["tracked", ["--track-changes"]]] as const) {
    const r = await runCli(["fill", join(fixtures, "lo-textbox.docx"), "--table", table, "--year", "2026", ...flags, "--out", join(work, `out-textbox-${mode}.docx`)]);
    if (r.code !== 0) throw new Error(r.err);
  }
  // Paragraphs inserted after a heading (an inserted section), one of them with a bound placeholder.
  const speech = readDocx(readFileSync(join(fixtures, "lo-speech.docx")), xml);
  if (!speech.ok) throw new Error(speech.message);
  const heading = paragraphsOf(speech.file.doc.parts[0]?.blocks ?? []).find((p) => p.text === "一、过去一年工作回顾");
  if (!heading) throw new Error("heading missing");
  const withSection = writeEdits(speech.file, [], xml, [
    {
      after: heading.xml,
      paragraphs: [
        { props: { lineSpacing: { value: 28, rule: "exact" } }, runs: [{ text: "（一）就业形势总体稳定", props: { fontEastAsia: "楷体_GB2312", size: 16 } }] },
        { props: { firstLineIndent: 32 }, runs: [{ text: "全市新增就业X万人。", props: { fontEastAsia: "仿宋_GB2312" } }], controls: [{ tag: "draftkit:ph:number:x", title: "就业", start: 6, end: 7 }] },
      ],
    },
  ]);
  writeFileSync(join(work, "out-speech-section.docx"), withSection.bytes);
  // A comment as the web page writes one from the pane's 批注, on the X of 城镇新增就业X万人.
  const x = paragraphsOf(speech.file.doc.parts[0]?.blocks ?? []).find((p) => p.text.startsWith("去年全市城镇新增就业X"));
  if (!x) throw new Error("paragraph missing");
  const commented = addComments(speech.file, [{ paragraph: x.xml, start: 10, end: 11, text: "X", content: "【DraftKit】此处尚未填写", author: "DraftKit", date: "2026-11-24T08:00:00Z" }], xml);
  if (commented.written !== 1) throw new Error(commented.refused[0]?.message ?? "comment not written");
  writeFileSync(join(work, "out-speech-comment.docx"), commented.bytes);
  if (soffice) {
    const docs = readdirSync(work).filter((x) => x.endsWith(".docx")).map((x) => join(work, x));
    // One soffice run for every file, with a private profile so it neither meets nor leaves a user's settings.
    const lo = spawnSync("soffice", [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", join(work, "txt"), ...docs], {
      encoding: "utf8",
      timeout: 200_000,
    });
    if (lo.status !== 0) throw new Error(`soffice failed: ${lo.stderr}`);
    // LibreOffice's text export leaves text boxes out; its own flat ODF shows what it read into them
    const odf = spawnSync("soffice", [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--convert-to", "fodt", "--outdir", join(work, "fodt"), ...["in-textbox", "out-textbox-plain", "out-speech-comment"].map((n) => join(work, `${n}.docx`))], {
      encoding: "utf8",
      timeout: 200_000,
    });
    if (odf.status !== 0) throw new Error(`soffice failed: ${odf.stderr}`);
  }
});

const loText = (name: string): string => readFileSync(join(work, "txt", `${name}.txt`), "utf8").replace(/^\uFEFF/, "");

describe("LibreOffice opens every .docx DraftKit writes", () => {
  need(soffice, "LibreOffice (soffice)")("exports each filled fixture as the original's text with only the filled characters changed", () => {
    expect(cases.length).toBeGreaterThanOrEqual(18);
    for (const c of cases) expect({ file: c.name, text: loText(`out-${c.name}`) }).toEqual({ file: c.name, text: c.expect(loText(`in-${c.name}`)) });
  });

  need(soffice, "LibreOffice (soffice)")("shows plain, tracked and linked fills of a speech as expected", () => {
    const original = loText("in-speech");
    const filled = original.replace("城镇新增就业X万人，城镇登记失业率控制在X%以内", "城镇新增就业2.35万人，城镇登记失业率控制在3.2%以内");
    expect(filled).not.toBe(original);
    expect(loText("out-speech-plain")).toBe(filled);
    expect(loText("out-speech-linked")).toBe(filled);
    // LibreOffice's text export shows tracked changes as both texts: the deleted X before the inserted value
    expect(loText("out-speech-tracked")).toBe(original.replace("城镇新增就业X万人，城镇登记失业率控制在X%以内", "城镇新增就业X2.35万人，城镇登记失业率控制在X3.2%以内"));
  });
});

/** The paragraphs of each shape or frame holding text in a flat ODF file, in document order. */
function loTextBoxes(name: string): string[][] {
  const odf = readFileSync(join(work, "fodt", `${name}.fodt`), "utf8");
  const shapes = [...odf.matchAll(/<draw:(custom-shape|text-box)[\s>][\s\S]*?<\/draw:\1>/g)].map((m) => m[0]);
  const unescape = (t: string): string => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  return shapes.map((x) => [...x.matchAll(/<text:p[\s>][\s\S]*?<\/text:p>/g)].map((p) => unescape(p[0].replace(/<[^>]+>/g, "")))).filter((ps) => ps.length > 0);
}

describe("text boxes", () => {
  need(soffice, "LibreOffice (soffice)")("show the values the CLI filled into them when LibreOffice reads the .docx", () => {
    expect(loTextBoxes("in-textbox")).toEqual([["要点：城镇登记失业率控制在X%以内。", "城镇新增就业X万人。"], ["联系人：某某"]]);
    expect(loTextBoxes("out-textbox-plain")).toEqual([["要点：城镇登记失业率控制在3.2%以内。", "城镇新增就业2.35万人。"], ["联系人：某某"]]);
  });
});

describe("comments", () => {
  need(soffice, "LibreOffice (soffice)")("open in LibreOffice as an annotation by DraftKit on the commented X, the text unchanged", () => {
    expect(loText("out-speech-comment")).toBe(loText("in-speech"));
    const odf = readFileSync(join(work, "fodt", "out-speech-comment.fodt"), "utf8");
    expect(odf).toMatch(/<office:annotation [^>]*office:name="([^"]+)"[\s\S]*?<dc:creator>DraftKit<\/dc:creator>[\s\S]*?【DraftKit】此处尚未填写[\s\S]*?<\/office:annotation>X<office:annotation-end office:name="\1"\/>/);
  });
});

describe("inserted sections", () => {
  need(soffice, "LibreOffice (soffice)")("appear in LibreOffice's text right after the heading they were inserted under", () => {
    expect(loText("out-speech-section")).toBe(loText("in-speech").replace("一、过去一年工作回顾\n", "一、过去一年工作回顾\n（一）就业形势总体稳定\n全市新增就业X万人。\n"));
  });
});

describe("python-docx reads every .docx DraftKit writes", () => {
  const script = `
import docx, json, sys
out = {}
for path in sys.argv[1:]:
    d = docx.Document(path)
    texts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            texts.append("|".join(c.text for c in row.cells))
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    body = d.element.body
    out[path] = {
        "texts": texts,
        "ins": [e.get("{%s}author" % ns["w"]) for e in body.iter("{%s}ins" % ns["w"])],
        "tags": [e.get("{%s}val" % ns["w"]) for e in body.iter("{%s}tag" % ns["w"])],
        "boxes": [["".join(t.text or "" for t in p.iter("{%s}t" % ns["w"])) for p in box.iter("{%s}p" % ns["w"])] for box in body.iter("{%s}txbxContent" % ns["w"])],
    }
print(json.dumps(out, ensure_ascii=False))
`;
  type Read = { texts: string[]; ins: string[]; tags: string[]; boxes: string[][] };
  const read = (names: string[]): Record<string, Read> => {
    const r = spawnSync(PYTHON, ["-c", script, ...names.map((n) => join(work, `${n}.docx`))], { encoding: "utf8", timeout: 120_000 });
    if (r.status !== 0) throw new Error(r.stderr);
    const byPath = JSON.parse(r.stdout) as Record<string, Read>;
    return Object.fromEntries(names.map((n) => [n, byPath[join(work, `${n}.docx`)] ?? { texts: [], ins: [], tags: [], boxes: [] }]));
  };

  need(pythonDocx, "python-docx (python3-docx)")("opens each filled fixture, with the filled characters changed where python-docx shows them", () => {
    const got = read(cases.flatMap((c) => [`in-${c.name}`, `out-${c.name}`]));
    for (const c of cases) {
      const before = (got[`in-${c.name}`]?.texts ?? []).join("\n");
      const after = (got[`out-${c.name}`]?.texts ?? []).join("\n");
      expect({ file: c.name, after }).toEqual({ file: c.name, after: before.includes(MARK) || !c.expect(before).includes(MARK) ? before : c.expect(before) });
    }
  });

  need(pythonDocx, "python-docx (python3-docx)")("sees DraftKit's tracked insertions and linked content-control tags", () => {
    const got = read(["out-speech-plain", "out-speech-tracked", "out-speech-linked", "out-speech-section"]);
    // python-docx's paragraph.text skips the runs inside content controls: the bound X is not in its text
    const section = got["out-speech-section"]?.texts ?? [];
    expect(section.slice(section.indexOf("一、过去一年工作回顾"), section.indexOf("一、过去一年工作回顾") + 3)).toEqual(["一、过去一年工作回顾", "（一）就业形势总体稳定", "全市新增就业万人。"]);
    expect(got["out-speech-plain"]?.texts).toContain("去年全市城镇新增就业2.35万人，城镇登记失业率控制在3.2%以内，完成年度目标任务。");
    expect(got["out-speech-tracked"]?.ins).toEqual(["DraftKit", "DraftKit"]);
    expect(got["out-speech-linked"]?.tags.filter((t) => t.startsWith("draftkit:1:"))).toHaveLength(2);
  });

  need(pythonDocx, "python-docx (python3-docx)")("reads the filled text boxes, both copies of each, with DraftKit's tracked insertions", () => {
    const got = read(["out-textbox-plain", "out-textbox-tracked"]);
    const one = ["要点：城镇登记失业率控制在3.2%以内。", "城镇新增就业2.35万人。"];
    expect(got["out-textbox-plain"]?.boxes).toEqual([one, one, ["联系人：某某"], ["联系人：某某"]]);
    expect(got["out-textbox-tracked"]?.boxes).toEqual([one, one, ["联系人：某某"], ["联系人：某某"]]);
    expect(got["out-textbox-tracked"]?.ins).toEqual(["DraftKit", "DraftKit", "DraftKit", "DraftKit", "DraftKit"]);
  });
});
