import fc from "fast-check";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Proposal } from "../../src/core/fill/types";
import { type RowInput, TableSchema } from "../../src/core/table/schema";
import { snapshotFromLines } from "../../src/core/document/snapshot";
import { scanSnapshot } from "../../src/core/placeholders/scan";
import { parseCorpusDoc, parseTraps } from "../../eval/corpus";
import { type Thresholds, regressions, thresholdsAt, totals } from "../../eval/figures";
import { loadCorpus } from "../../eval/load";
import { details, summary } from "../../eval/report";
import { ablate } from "../../eval/ablation";
import { scoreWithoutAliases } from "../../eval/withoutAliases";
import { scoreDocViaCli } from "../../eval/cli";
import { scoreDoc, scoreProposals, scoreTraps } from "../../eval/engines";
import { fillOptions, scoreScan } from "../../eval/score";

const header = "@title: 标题\n@source: https://example.org/a\n@kind: speech\n@author: 某县\n";
const parse = (body: string, extra = "") => parseCorpusDoc("docs/x01.txt", `${header}${extra}\n${body}\n`);
const codes = (body: string, extra = "") => parse(body, extra).errors.map((e) => [e.code, e.line, e.column]);

describe("the corpus parser", () => {
  it("strips the marks and keeps each placeholder's paragraph and offsets in the clean text", () => {
    const { doc } = parse("第一段\n城镇新增就业⟦X⟧万人，⟦XX⟧同志");
    expect(doc?.lines).toEqual(["第一段", "城镇新增就业X万人，XX同志"]);
    expect(doc?.marks).toEqual([
      { paragraph: 1, start: 6, end: 7, text: "X", expected: undefined },
      { paragraph: 1, start: 10, end: 12, text: "XX", expected: undefined },
    ]);
  });

  it("reads the expected fill after = in a document with a table", () => {
    const { doc, errors } = parse("增长⟦X.X=6.5⟧%", "@table: a.csv\n@year: 2024\n@region: 溪山县\n");
    expect(errors).toEqual([]);
    expect(doc?.marks[0]).toEqual({ paragraph: 0, start: 2, end: 5, text: "X.X", expected: "6.5" });
    expect([doc?.table, doc?.year, doc?.region]).toEqual(["a.csv", 2024, "溪山县"]);
  });

  it("makes “! ” lines and lines holding a placeholder the defect lines, the marker removed", () => {
    const { doc } = parse("! 发布时间：2019/05/20\n干净的一段\n⟦某某⟧乡");
    expect(doc?.lines[0]).toBe("发布时间：2019/05/20");
    expect([...(doc?.defects ?? [])]).toEqual([0, 2]);
  });

  it("locates unbalanced, nested and empty marks by file line and column", () => {
    expect(codes("正文⟦X万人")).toEqual([["unbalanced_open", 6, 3]]);
    expect(codes("正文X⟧万人")).toEqual([["unbalanced_close", 6, 4]]);
    expect(codes("⟦X⟦Y⟧")).toEqual([["nested_mark", 6, 1]]);
    expect(codes("a\n! b⟦⟧")).toEqual([["empty_mark", 7, 4]]);
  });

  it("refuses an expected value in a document without @table, and an empty value", () => {
    expect(codes("⟦X=4⟧万人")).toEqual([["value_without_table", 6, undefined]]);
    expect(codes("⟦X=⟧万人", "@table: a.csv\n")).toEqual([["empty_value", 7, 1]]);
  });

  it("checks the header: required keys, known keys and kinds, a four-digit year, the empty line before the body", () => {
    expect(parseCorpusDoc("docs/x.txt", "@title: t\n\n正文").errors.map((e) => e.code)).toEqual(["missing_key", "missing_key", "missing_key"]);
    expect(codes("正文", "@colour: red\n@kind: poem\n@year: 24\n").map((c) => c[0])).toEqual(["unknown_key", "duplicate_key", "bad_year"]);
    expect(parseCorpusDoc("docs/x.txt", `${header}正文没有空行`).errors.map((e) => e.code)).toEqual(["bad_header_line", "missing_body", "empty_body"]);
  });

  it("maps every mark to the span of its text in the clean line, whatever surrounds it (property)", () => {
    const unit = fc.oneof(fc.constantFrom("增", "长", "万", "元", "某", "！", "，", "（", "）", "【", "】", "_", "%", "𠀀"), fc.string({ maxLength: 1 }));
    const plain = fc.string({ unit, maxLength: 8 }).map((t) => t.replace(/[⟦⟧=\r\n]/g, ""));
    const mark = fc.record({ text: plain.filter((t) => t.length > 0), value: fc.option(plain.filter((t) => t.length > 0), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(fc.tuple(plain, mark), { maxLength: 5 }), plain, (parts, tail) => {
        // "正文" first: a line starting with "! " would be a defect line with those two characters removed
        const line = `正文${parts.map(([before, m]) => `${before}⟦${m.text}${m.value === undefined ? "" : `=${m.value}`}⟧`).join("")}${tail}`;
        const { doc, errors } = parse(line, "@table: a.csv\n");
        expect(errors).toEqual([]);
        expect(doc?.lines).toEqual([`正文${parts.map(([before, m]) => before + m.text).join("")}${tail}`]);
        expect(doc?.marks.map((m) => [doc.lines[0]?.slice(m.start, m.end), m.expected])).toEqual(parts.map(([, m]) => [m.text, m.value]));
      }),
      { numRuns: 200 },
    );
  });

  it("reads traps.txt as every line that is neither empty nor a # comment, with its file line", () => {
    expect(parseTraps("# source: a\nX射线检查\n\n# b\n3×4米")).toEqual([
      { line: 2, text: "X射线检查" },
      { line: 5, text: "3×4米" },
    ]);
  });
});

describe("scoring", () => {
  const doc = (body: string, extra = "@table: a.csv\n@region: 溪山县\n@year: 2024\n") => {
    const d = parse(body, extra).doc;
    if (!d) throw new Error("test document does not parse");
    return d;
  };

  it("counts a scan span only when paragraph, start and end all match", () => {
    const d = doc("城镇新增就业⟦X⟧万人", "");
    const ph = scanSnapshot(snapshotFromLines(d.lines)).placeholders;
    const shifted = ph.map((p) => ({ ...p, end: p.end + 1 }));
    expect(scoreScan(d, ph)).toMatchObject({ found: 1, extra: [], missed: [] });
    expect(scoreScan(d, shifted)).toMatchObject({ found: 0, missed: [{ paragraph: 0, start: 6, end: 7 }] });
  });

  it("scores a written value as correct, wrong, or wrong where a blank is expected; unwritten proposals are left", () => {
    const d = doc("就业⟦X=4.6⟧万人，收入⟦X=3⟧元，⟦X⟧家，⟦X=5⟧个，⟦X=7⟧项");
    const ph = scanSnapshot(snapshotFromLines(d.lines)).placeholders;
    const at = (start: number) => {
      const p = ph.find((x) => x.start === start);
      if (!p) throw new Error(`no placeholder at ${start}`);
      return p;
    };
    const proposal = (start: number, value: string | null, status: Proposal["status"], confidence: Proposal["confidence"]): Proposal => ({ placeholder: at(start), status, value, row: undefined, rowId: undefined, confidence, reason: "r", why: { code: "filled", params: {} }, candidates: [] });
    const marks = d.marks.map((m) => m.start);
    const s = scoreProposals(d, [
      proposal(marks[0] ?? -1, "4.6", "fill", "high"),
      proposal(marks[1] ?? -1, "30", "fill", "medium"),
      proposal(marks[2] ?? -1, "8", "fill", "high"),
      proposal(marks[3] ?? -1, null, "ambiguous", "none"),
    ]);
    expect(s).toMatchObject({ cases: 4, correct: 1, blanks: 1, blanksKept: 0 });
    expect(s.wrong.map((w) => [w.expected, w.written])).toEqual([["3", "30"], [undefined, "8"]]);
    expect(s.left.map((w) => w.expected)).toEqual(["5", "7"]);
  });

  it("counts a value written into a span nobody marked as wrong", () => {
    const d = doc("就业X万人");
    const [ph] = scanSnapshot(snapshotFromLines(d.lines)).placeholders;
    if (!ph) throw new Error("the scanner found nothing");
    const s = scoreProposals(d, [{ placeholder: ph, status: "fill", value: "4", row: undefined, rowId: undefined, confidence: "high", reason: "r", why: { code: "filled", params: {} }, candidates: [] }]);
    expect(s.wrong).toMatchObject([{ expected: undefined, written: "4" }]);
  });

  it("takes the matcher's level from @region and the year from @year", () => {
    expect(fillOptions(doc("a"))).toEqual({ docYear: 2024, region: "溪山县", regionLevel: "县" });
    expect(fillOptions(doc("a", "@region: 固安镇\n"))).toEqual({ region: "固安镇" });
  });

  it("flags a figure that fell below its minimum or rose above its maximum, and names unknown figures", () => {
    const f = totals([scoreDoc(doc("⟦某某⟧乡"), undefined)], scoreTraps([{ line: 1, text: "X射线" }]));
    const t: Thresholds = { min: { "scan.recall": 1.5, "traps.passRate": 0 }, max: { "audit.cleanFlagRate": -1, "fill.nothing": 0 } };
    expect(regressions(f, t)).toEqual([`scan.recall fell to ${f.scan.recall} (threshold 1.5)`, `audit.cleanFlagRate rose to 0 (threshold -1)`, "fill.nothing: no such figure (thresholds.json names a figure that latest.json lacks)"]);
  });

  it("sets thresholds that today's figures meet and any worse figure breaks", () => {
    const f = totals([scoreDoc(doc("⟦某某⟧乡\n干净的一段"), undefined)], scoreTraps([]));
    expect(regressions(f, thresholdsAt(f))).toEqual([]);
    expect(regressions({ ...f, audit: { ...f.audit, cleanFlagRate: f.audit.cleanFlagRate + 0.01 } }, thresholdsAt(f))).toHaveLength(1);
  });
});

describe("the report", () => {
  it("prints a row per document and the totals, lists wrong fills always and the rest only on request", () => {
    const d = parse("就业⟦X=4.6⟧万人，⟦X⟧家", "@table: a.csv\n").doc;
    if (!d) throw new Error("test document does not parse");
    const ph = scanSnapshot(snapshotFromLines(d.lines)).placeholders;
    const p = (i: number, value: string | null): Proposal => {
      const placeholder = ph[i];
      if (!placeholder) throw new Error(`no placeholder ${i}`);
      return { placeholder, status: value === null ? "no_match" : "fill", value, row: undefined, rowId: undefined, confidence: value === null ? "none" : "high", reason: "理由", why: { code: "filled", params: {} }, candidates: [] };
    };
    const score = { ...scoreDoc(d, undefined), fill: scoreProposals(d, [p(0, null), p(1, "3")]) };
    const docs = [{ doc: d, score }];
    const f = totals([score], scoreTraps([]));
    expect(summary(docs, f)).toMatch(/x01 +speech +2\/2[\s\S]*total +1 docs/);
    const brief = details(docs, scoreTraps([]), false);
    expect(brief).toContain("WRONG fills (1)");
    expect(brief).toContain("expected (blank), wrote 3 — 理由");
    expect(brief).not.toContain("fills left blank");
    expect(details(docs, scoreTraps([]), true)).toContain("fills left blank (1)");
  });
});

describe("loading a corpus folder", () => {
  it("reports a missing or invalid table as an error of the document naming it, and loads the rest", async () => {
    const root = mkdtempSync(join(tmpdir(), "corpus-"));
    try {
      mkdirSync(join(root, "docs"));
      mkdirSync(join(root, "tables"));
      writeFileSync(join(root, "docs", "a.txt"), `${header}@table: none.csv\n\n就业⟦X=4⟧万人\n`);
      writeFileSync(join(root, "docs", "b.txt"), `${header}@table: bad.csv\n\n就业⟦X=4⟧万人\n`);
      writeFileSync(join(root, "docs", "c.txt"), `${header}\n⟦某某⟧乡\n`);
      writeFileSync(join(root, "tables", "bad.csv"), "指标,数值\n城镇新增就业,\n");
      const corpus = await loadCorpus(root);
      expect(corpus.errors.map((e) => [e.file, e.code])).toEqual([
        ["docs/a.txt", "table_unreadable"],
        ["docs/b.txt", "table_invalid"],
      ]);
      expect(corpus.docs.map((d) => d.doc.id)).toEqual(["c"]);
      expect(corpus.traps).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("the ablation check", () => {
  it("counts a fill case written once the rows holding its value are taken out, and not one left blank", () => {
    const d = parse("全县粮食产量⟦X=52⟧万吨，渔业产值⟦X=3⟧亿元。", "@table: a.csv\n@year: 2024\n").doc;
    if (!d) throw new Error("parse failed");
    const table = (rows: RowInput[]) => TableSchema.parse({ format: "draftkit-table", version: 1, rows });
    const safe = ablate([{ doc: d, table: table([{ name: "粮食产量", value: 52, unit: "万吨" }, { name: "渔业产值", value: 3, unit: "亿元" }]) }]);
    expect([safe.cases, safe.written]).toEqual([2, 0]);
    // a second 粮食产量 row of another value (no period or region to tell them apart) is written once the right one is out
    const unsafe = ablate([{ doc: d, table: table([{ name: "粮食产量", value: 52, unit: "万吨" }, { name: "粮食产量", value: 49, unit: "万吨" }]) }]);
    expect(unsafe.written).toBe(1);
    expect(unsafe.examples[0]).toMatchObject({ wrote: "49", row: "粮食产量" });
  });
});

describe("the fill without aliases", () => {
  it("scores the fill with every alias taken out, so a figure found only through an alias is left blank", () => {
    const d = parse("全县GDP达⟦X=266⟧亿元，社零额达⟦X=90⟧亿元。", "@table: a.csv\n@year: 2024\n").doc;
    if (!d) throw new Error("parse failed");
    const table = TableSchema.parse({
      format: "draftkit-table",
      version: 1,
      rows: [
        { name: "地区生产总值", value: 266, unit: "亿元" },
        { name: "社会消费品零售总额", aliases: ["社零额"], value: 90, unit: "亿元" },
      ],
    });
    expect(scoreWithoutAliases([{ doc: d, table }])).toMatchObject({ cases: 2, correct: 1, wrong: 0 });
  });
});

describe("scoring through the command line's JSON", () => {
  it("gives the same scan, fill and audit scores as the engines called directly", async () => {
    const corpus = await loadCorpus();
    const sample = [...corpus.docs.filter((d) => d.table).slice(0, 3), ...corpus.docs.filter((d) => !d.table).slice(0, 2)];
    expect(sample.length).toBeGreaterThan(3);
    for (const { doc, table, tablePath } of sample) {
      expect({ doc: doc.id, score: await scoreDocViaCli(doc, tablePath) }).toEqual({ doc: doc.id, score: scoreDoc(doc, table) });
    }
  });
});

describe("the real-document corpus (tests/corpus) as a regression check", () => {
  it("parses without a markup error and keeps every figure at or better than eval/thresholds.json", async () => {
    const corpus = await loadCorpus();
    expect(corpus.errors.map((e) => `${e.file}:${e.line} [${e.code}] ${e.message}`)).toEqual([]);
    const figures = totals(corpus.docs.map(({ doc, table }) => scoreDoc(doc, table)), scoreTraps(corpus.traps), ablate(corpus.docs), scoreWithoutAliases(corpus.docs));
    const thresholds = JSON.parse(readFileSync(join(__dirname, "../../eval/thresholds.json"), "utf8")) as Thresholds;
    expect(regressions(figures, thresholds)).toEqual([]);
  });
});
