import fc from "fast-check";
import { strFromU8, unzipSync, zipSync } from "fflate";
import { paragraphsOf, readDocx, type TextEdit, writeEdits, type DocxFile, reviewedText } from "../../src/wordml";
import { nodeXml } from "../../src/wordml/xmldom";
import { buildDocx, para, WNS } from "./docx-build";

const xml = nodeXml();
const tracked = { kind: "tracked", author: "DraftKit", date: "2026-11-24T08:00:00Z" } as const;

function open(bytes: Uint8Array): DocxFile {
  const r = readDocx(bytes, xml);
  if (!r.ok) throw new Error(r.message);
  return r.file;
}
const firstParagraph = (file: DocxFile) => {
  const p = paragraphsOf(file.doc.parts[0]?.blocks ?? [])[0];
  if (!p) throw new Error("no paragraph");
  return p;
};
const edit = (file: DocxFile, start: number, end: number, value: string, mode: TextEdit["mode"] = { kind: "plain" }): TextEdit => {
  const p = firstParagraph(file);
  return { paragraph: p.xml, start, end, text: p.text.slice(start, end), value, mode };
};

const header = `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${WNS}>${para("XX市人民政府")}</w:hdr>`;
const source = () =>
  open(
    buildDocx({
      body: para(["<w:b/>", "城镇新增就业"], ["<w:i/><w:color w:val=\"FF0000\"/>", "X万人，失业率X"], "%以内") + para("其他段落X") + `<w:sectPr><w:headerReference w:type="default" r:id="rH"/></w:sectPr>`,
      parts: { "word/header1.xml": header },
      rels: { "word/header1.xml": ["rH", "header"] },
    }),
  );

describe("writing fills into a .docx", () => {
  it("replaces only the placeholder's characters, splitting the run and keeping its properties", () => {
    const file = source();
    const out = writeEdits(file, [edit(file, 6, 7, "1.2")], xml);
    expect(out.refused).toEqual([]);
    const p = firstParagraph(open(out.bytes));
    expect(p.text).toBe("城镇新增就业1.2万人，失业率X%以内");
    expect(p.runs.map((r) => [r.text, r.props])).toEqual([
      ["城镇新增就业", { bold: true }],
      ["1.2", { italic: true, color: "#FF0000" }],
      ["万人，失业率X", { italic: true, color: "#FF0000" }],
      ["%以内", {}],
    ]);
  });

  it("leaves every other entry byte-identical and document.xml equal outside the patched run", () => {
    const file = source();
    const out = writeEdits(file, [edit(file, 6, 7, "1.2", tracked)], xml);
    const before = unzipSync(buildDocxBytes(file));
    const after = unzipSync(out.bytes);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) if (name !== "word/document.xml") expect(Buffer.from(after[name] ?? [])).toEqual(Buffer.from(before[name] ?? []));
    const oldXml = strFromU8(before["word/document.xml"] ?? new Uint8Array());
    const newXml = strFromU8(after["word/document.xml"] ?? new Uint8Array());
    const run = '<w:r><w:rPr><w:i/><w:color w:val="FF0000"/></w:rPr><w:t xml:space="preserve">X万人，失业率X</w:t></w:r>';
    const at = oldXml.indexOf(run);
    expect(at).toBeGreaterThan(0);
    expect(newXml.startsWith(oldXml.slice(0, at))).toBe(true);
    expect(newXml.endsWith(oldXml.slice(at + run.length))).toBe(true);
  });

  it("records a tracked change: the placeholder deleted, the value inserted, by DraftKit with a date", () => {
    const file = source();
    const out = writeEdits(file, [edit(file, 13, 15, "5.5%", tracked)], xml);
    const p = firstParagraph(open(out.bytes));
    expect(p.text).toBe("城镇新增就业X万人，失业率X%5.5%以内");
    expect(reviewedText(p)).toBe("城镇新增就业X万人，失业率5.5%以内");
    expect(p.runs.filter((r) => r.kind !== "normal").map((r) => [r.kind, r.text, r.revision])).toEqual([
      ["deleted", "X", { author: "DraftKit", date: "2026-11-24T08:00:00Z" }],
      ["deleted", "%", { author: "DraftKit", date: "2026-11-24T08:00:00Z" }],
      ["inserted", "5.5%", { author: "DraftKit", date: "2026-11-24T08:00:00Z" }],
    ]);
    const doc = strFromU8(unzipSync(out.bytes)["word/document.xml"] ?? new Uint8Array());
    const ids = [...doc.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("puts a linked value in a content control with its tag and title", () => {
    const file = source();
    const out = writeEdits(file, [edit(file, 6, 7, "1.2", { kind: "control", tag: "draftkit:1:n:3", title: "城镇新增就业" })], xml);
    const p = firstParagraph(open(out.bytes));
    expect(p.text).toBe("城镇新增就业1.2万人，失业率X%以内");
    expect(p.controls).toEqual([expect.objectContaining({ tag: "draftkit:1:n:3", title: "城镇新增就业", start: 6, end: 9 })]);
    expect(p.runs.find((r) => r.text === "1.2")?.props).toEqual({ italic: true, color: "#FF0000" });
  });

  it("fills headers and several placeholders in one run", () => {
    const file = source();
    const hdr = file.doc.parts.find((x) => x.kind === "header");
    const hp = hdr && paragraphsOf(hdr.blocks)[0];
    if (!hp) throw new Error("no header");
    const edits = [edit(file, 6, 7, "1.2"), edit(file, 13, 14, "5.5"), { paragraph: hp.xml, start: 0, end: 2, text: "XX", value: "云川", mode: { kind: "plain" } as const }];
    const out = writeEdits(file, edits, xml);
    expect(out.applied).toHaveLength(3);
    const again = open(out.bytes);
    expect(firstParagraph(again).text).toBe("城镇新增就业1.2万人，失业率5.5%以内");
    const h = again.doc.parts.find((x) => x.kind === "header");
    expect(h && paragraphsOf(h.blocks)[0]?.text).toBe("云川市人民政府");
  });

  it("inserts text where nothing is replaced (十、 renumbered 十一、), in the formatting of the run it continues", () => {
    const file = open(buildDocx({ body: para(["<w:b/>", "十"], "、重点任务") }));
    const p = firstParagraph(file);
    for (const mode of [{ kind: "plain" }, tracked, { kind: "control", tag: "t", title: "t" }] as const) {
      const out = writeEdits(file, [{ paragraph: p.xml, start: 1, end: 1, text: "", value: "一", mode }], xml);
      expect(out.refused).toEqual([]);
      const again = firstParagraph(open(out.bytes));
      expect(reviewedText(again)).toBe("十一、重点任务");
      expect(again.runs.find((r) => r.text === "一")?.props.bold).toBe(true);
      if (mode.kind === "tracked") expect(again.runs.find((r) => r.text === "一")?.kind).toBe("inserted");
    }
    const atStart = writeEdits(file, [{ paragraph: p.xml, start: 0, end: 0, text: "", value: "第", mode: { kind: "plain" } }], xml);
    expect(reviewedText(firstParagraph(open(atStart.bytes)))).toBe("第十、重点任务");
  });

  it("refuses a target whose text changed, one inside deleted text or a field result, and overlapping ones", () => {
    const file = open(
      buildDocx({
        body: `<w:p><w:r><w:t>A</w:t></w:r><w:del w:id="1" w:author="x"><w:r><w:delText>X</w:delText></w:r></w:del><w:fldSimple w:instr="PAGE"><w:r><w:t>X</w:t></w:r></w:fldSimple><w:r><w:t>XX</w:t></w:r></w:p>`,
      }),
    );
    const p = firstParagraph(file);
    expect(p.text).toBe("AXXXX");
    const e = (start: number, end: number, text: string): TextEdit => ({ paragraph: p.xml, start, end, text, value: "9", mode: { kind: "plain" } });
    const out = writeEdits(file, [e(0, 1, "B"), e(1, 2, "X"), e(2, 3, "X"), e(3, 5, "XX"), e(4, 5, "X")], xml);
    expect(out.applied).toEqual([e(3, 5, "XX")]);
    expect(out.refused.map((r) => r.code)).toEqual(["target_changed", "target_unreachable", "target_unreachable", "target_unreachable"]);
    expect(out.refused.every((r) => r.message.length > 10)).toBe(true);
  });

  it("refuses rather than drops a picture inside the replaced text", () => {
    const file = open(buildDocx({ body: `<w:p><w:r><w:t>X</w:t><w:drawing/><w:t>X</w:t></w:r></w:p>` }));
    const out = writeEdits(file, [edit(file, 0, 2, "12")], xml);
    expect(out.refused.map((r) => r.code)).toEqual(["target_unreachable"]);
    const kept = writeEdits(file, [edit(file, 0, 1, "1")], xml);
    expect(strFromU8(unzipSync(kept.bytes)["word/document.xml"] ?? new Uint8Array())).toContain("<w:drawing/>");
  });

  it("gives a tracked value spanning two runs the properties of the first (fast-check counter-example)", () => {
    const file = open(buildDocx({ body: para(['<w:sz w:val="20"/>', "城"], ['<w:sz w:val="21"/>', "镇新增"]) }));
    const out = writeEdits(file, [edit(file, 0, 2, "值", tracked)], xml);
    const p = firstParagraph(open(out.bytes));
    expect(reviewedText(p)).toBe("值新增");
    expect(p.runs.find((r) => r.text === "值")?.props.size).toBe(10);
  });

  it("inserts new paragraphs after one, with exact 28 pt lines, East Asian fonts and bound placeholders, and only there", () => {
    const file = source();
    const anchorP = firstParagraph(file);
    const out = writeEdits(file, [], xml, [
      {
        after: anchorP.xml,
        paragraphs: [
          { styleId: "Heading1", props: { lineSpacing: { value: 28, rule: "exact" } }, runs: [{ text: "三、认清新形势", props: { fontEastAsia: "黑体", size: 16 } }] },
          { props: { firstLineIndent: 32 }, runs: [{ text: "新增就业X万人。", props: { fontEastAsia: "仿宋_GB2312" } }], controls: [{ tag: "draftkit:ph:number:%E5%B0%B1%E4%B8%9A", title: "就业", start: 4, end: 5 }] },
        ],
      },
    ]);
    expect(out.inserted).toBe(2);
    expect(out.refusedInserts).toEqual([]);
    const again = open(out.bytes);
    const ps = paragraphsOf(again.doc.parts[0]?.blocks ?? []);
    expect(ps.map((p) => p.text)).toEqual(["城镇新增就业X万人，失业率X%以内", "三、认清新形势", "新增就业X万人。", "其他段落X"]);
    expect(ps[1]?.props.lineSpacing).toEqual({ value: 28, rule: "exact" });
    expect(ps[1]?.styleId).toBe("Heading1");
    expect(ps[1]?.runs[0]?.props).toEqual({ fontEastAsia: "黑体", size: 16 });
    expect(ps[2]?.props.firstLineIndent).toBe(32);
    expect(ps[2]?.controls).toEqual([expect.objectContaining({ tag: "draftkit:ph:number:%E5%B0%B1%E4%B8%9A", start: 4, end: 5 })]);
    const oldXml = strFromU8(unzipSync(buildDocxBytes(file))["word/document.xml"] ?? new Uint8Array());
    const newXml = strFromU8(unzipSync(out.bytes)["word/document.xml"] ?? new Uint8Array());
    const cut = oldXml.indexOf("</w:p>") + "</w:p>".length;
    expect(newXml.startsWith(oldXml.slice(0, cut))).toBe(true);
    expect(newXml.endsWith(oldXml.slice(cut))).toBe(true);
  });

  it("marks inserted paragraphs as a tracked insertion when asked", () => {
    const file = source();
    const out = writeEdits(file, [], xml, [{ after: firstParagraph(file).xml, paragraphs: [{ runs: [{ text: "新段落" }] }], tracked: { author: "DraftKit", date: "2026-11-24T08:00:00Z" } }]);
    const p = paragraphsOf(open(out.bytes).doc.parts[0]?.blocks ?? [])[1];
    expect(p?.runs.map((r) => [r.kind, r.text, r.revision?.author])).toEqual([["inserted", "新段落", "DraftKit"]]);
  });

  it("gives the expected text for any split of the text into runs and any placeholder (or insertion point) in it, in every mode", () => {
    const text = "城镇新增就业X万人，失业率控制在X%以内";
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 6 }),
        fc.integer({ min: 0, max: text.length - 1 }),
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom<TextEdit["mode"]>({ kind: "plain" }, tracked, { kind: "control", tag: "t", title: "t" }),
        (cuts, start, len, mode) => {
          const bounds = [0, ...[...cuts].sort((a, b) => a - b), text.length];
          const runs = bounds.slice(1).map((b, i) => [`<w:sz w:val="${20 + i}"/>`, text.slice(bounds[i], b)] as [string, string]);
          const file = open(buildDocx({ body: para(...runs) }));
          const end = Math.min(text.length, start + len);
          const out = writeEdits(file, [edit(file, start, end, "值", mode)], xml);
          expect(out.refused).toEqual([]);
          const p = firstParagraph(open(out.bytes));
          expect(reviewedText(p)).toBe(text.slice(0, start) + "值" + text.slice(end));
          const sizeAt = (i: number) => (20 + runs.findIndex((_, k) => (bounds[k] ?? 0) <= i && i < (bounds[k + 1] ?? 0))) / 2;
          // a pure insertion (len 0) continues the run it ends, as typing does
          expect(p.runs.find((r) => r.text === "值")?.props.size).toBe(sizeAt(end === start && start > 0 ? start - 1 : start));
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 60) },
    );
  });
});

describe("writing many fills", () => {
  // Regression: splicing the part once per fill and growing lists by copying made 10,000 fills take minutes.
  it("grows about linearly with the number of fills (10× fills well under 30× time)", () => {
    const time = (n: number): number => {
      const file = open(buildDocx({ body: Array.from({ length: n }, (_, i) => para(`第${i}段`, "就业X万人，", "失业率X%。")).join("") }));
      const edits = paragraphsOf(file.doc.parts[0]?.blocks ?? []).map((p): TextEdit => ({ paragraph: p.xml, start: p.text.indexOf("X"), end: p.text.indexOf("X") + 1, text: "X", value: "2.35", mode: tracked }));
      const t = performance.now();
      const out = writeEdits(file, edits, xml);
      expect(out.applied).toHaveLength(n);
      return performance.now() - t;
    };
    time(60);
    const small = Math.min(time(80), time(80));
    const large = time(800);
    expect(large / small).toBeLessThan(30);
  });
});

/** The original package's bytes, rebuilt from the file as read (entries unchanged). */
function buildDocxBytes(file: DocxFile): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [k, v] of file.pkg.entries) entries[k] = v;
  return zipSync(entries);
}
