import { closeSync, mkdtempSync, openSync, ftruncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/testing";
import { parseCsv } from "../../src/core/table/io/csv";
import { tableLimits } from "../../src/core/table/io/limits";
import { tableFromJson } from "../../src/core/table/io/json";
import { MAX_TABLE_BYTES, importTable } from "../../src/platform/tableFiles";
import { inspectXlsx, xlsxLimits } from "../../src/platform/zipInspect";
import { writeXlsx } from "../../src/platform/xlsx";
import { cellBomb, sharedStringsBomb } from "../fixtures/tables/zipBomb";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const csv = (body: string) => importTable(enc(`指标,数值,类型\n${body}\n`), "t.csv");
const dir = mkdtempSync(join(tmpdir(), "dk-import-"));

describe("values that would crash or mislead are located errors", () => {
  it("a 400-digit 数值 is refused on its row, not turned into Infinity", async () => {
    const r = await csv(`就业,${"9".repeat(400)},`);
    expect(r).toMatchObject({ ok: false, errors: [{ code: "bad_number", row: 2, column: "数值" }] });
    if (!r.ok) expect(r.errors[0]?.message).toContain("过大");
  });

  it("the CLI reports it in one located line per error and exits 2, without a stack", async () => {
    const draft = join(dir, "d.txt");
    const table = join(dir, "huge.csv");
    writeFileSync(draft, "新增就业X人\n");
    writeFileSync(table, `指标,数值\n新增就业,${"9".repeat(400)}\n`);
    const r = await runCli(["fill", draft, "--table", table]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("第 2 行");
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])("类型 = %s is an unknown kind, not an inherited property", async (kind) => {
    const r = await csv(`书记,李志刚,${kind}`);
    expect(r).toMatchObject({ ok: false, errors: [{ code: "bad_kind", row: 2, column: "类型" }] });
  });

  it.each([
    ["1e21", "科学计数法"],
    ["2.5E+3", "科学计数法"],
    ["1,2,3,4", "千分位"],
    ["12,34", "千分位"],
  ])("“%s” is refused with its reason", async (value, says) => {
    const r = await csv(`就业,"${value}",`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toContain(says);
  });

  it("well-grouped thousands still read: 23,456 and 1,234,567.5", async () => {
    const r = await csv(`就业,"23,456",\n失业,"1,234,567.5",`);
    expect(r.ok && r.value.rows.map((x) => x.value)).toEqual([23456, 1234567.5]);
  });

  it("a JSON table with 1e400 or 1e21 is a located zh-CN error", () => {
    for (const v of ["1e400", "1e21"]) {
      const r = tableFromJson(`[{"name":"就业","value":${v}}]`);
      expect(r).toMatchObject({ ok: false, errors: [{ code: "bad_shape", row: 1, column: "数值" }] });
      if (!r.ok) expect(r.errors[0]?.message).toMatch(/有限数|过大/);
    }
  });

  it("JSON keys named like Object's properties are unknown fields, not crashes", () => {
    const r = tableFromJson('[{"name":"就业","value":1,"constructor":2,"__proto__":{"x":1}}]');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.message).join()).toContain("constructor");
  });

  it("an XLSX number cell of 1e21 is a located error", async () => {
    const bytes = await writeXlsx([["指标", "数值"], ["就业", 1e21]], "s");
    expect(await importTable(bytes, "t.xlsx")).toMatchObject({ ok: false, errors: [{ code: "bad_number", row: 2 }] });
  });
});

describe("limits checked while reading", () => {
  it("a file over the size cap is refused before it is decoded", async () => {
    const r = await importTable(new Uint8Array(MAX_TABLE_BYTES + 1), "t.json");
    expect(r).toMatchObject({ ok: false, errors: [{ code: "file_too_large" }] });
  });

  it("the CLI refuses a 200 MB JSON table by its size, before reading it", async () => {
    const table = join(dir, "huge.json");
    const fd = openSync(table, "w");
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: no disk used
    closeSync(fd);
    const draft = join(dir, "d2.txt");
    writeFileSync(draft, "新增就业X人\n");
    const before = process.memoryUsage().rss;
    const r = await runCli(["fill", draft, "--table", table]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("超过指标表上限");
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it("CSV: too many rows, columns, cells or characters in a cell", () => {
    expect(parseCsv("\n".repeat(tableLimits.rawRows + 2)).error?.code).toBe("too_many_rows");
    expect(parseCsv(",".repeat(tableLimits.columns + 1)).error?.code).toBe("too_many_cells");
    expect(parseCsv("a".repeat(tableLimits.cellChars + 1)).error?.code).toBe("cell_too_long");
    expect(parseCsv(`"${"a".repeat(tableLimits.cellChars + 1)}"`).error?.code).toBe("cell_too_long");
    const wide = `${",".repeat(150)}\n`.repeat(Math.ceil(tableLimits.cells / 150) + 2);
    expect(parseCsv(wide).error?.code).toBe("too_many_cells");
  });
});

describe("xlsx bombs are refused while inflating", () => {
  jest.setTimeout(30_000);
  it("a ~260 KB xlsx whose cell inflates to 256 MB stops a step past the limit", () => {
    const bomb = cellBomb(256 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(300 * 1024);
    const problem = inspectXlsx(bomb);
    expect(problem?.code).toBe("xlsx_too_large");
    expect(problem?.inflated).toBeLessThan(xlsxLimits.totalBytes + 4 * 1024 * 1024);
  });

  it("a ~1.3 MB shared-strings bomb stops at the shared-strings limit", () => {
    const bomb = sharedStringsBomb(30_000_000);
    expect(bomb.length).toBeGreaterThan(1024 * 1024);
    expect(bomb.length).toBeLessThan(1.5 * 1024 * 1024);
    const problem = inspectXlsx(bomb);
    expect(problem?.code).toMatch(/xlsx_too_large|too_many_cells/);
    expect(problem?.inflated).toBeLessThan(xlsxLimits.sharedStringsBytes + 4 * 1024 * 1024);
  });

  it("many small shared strings within the byte limit are still counted", () => {
    const saved = xlsxLimits.sharedStrings;
    xlsxLimits.sharedStrings = 1000;
    try {
      expect(inspectXlsx(sharedStringsBomb(5000))?.code).toBe("too_many_cells");
      expect(inspectXlsx(sharedStringsBomb(900))).toBeUndefined();
    } finally {
      xlsxLimits.sharedStrings = saved;
    }
  });

  it("counts a sheet's rows and cells while inflating", async () => {
    const grid = [["指标", "数值"], ...Array.from({ length: 50 }, (_, i) => [`指标${i}`, i])];
    const bytes = await writeXlsx(grid, "s");
    const saved = { ...xlsxLimits };
    try {
      xlsxLimits.rows = 10;
      expect(inspectXlsx(bytes)?.code).toBe("too_many_rows");
      xlsxLimits.rows = saved.rows;
      xlsxLimits.cells = 60;
      expect(inspectXlsx(bytes)?.code).toBe("too_many_cells");
    } finally {
      Object.assign(xlsxLimits, saved);
    }
    expect(inspectXlsx(bytes)).toBeUndefined();
  });

  it("a PDF or a Word file given as a table is refused saying what it is", async () => {
    const pdf = await importTable(enc("%PDF-1.4\n..."), "t.csv");
    expect(pdf).toMatchObject({ ok: false, errors: [{ code: "binary_file" }] });
    if (!pdf.ok) expect(pdf.errors[0]?.message).toContain("PDF");
  });

  it("importTable reports the bomb as a table error, and a normal workbook passes the inspector", async () => {
    expect(await importTable(cellBomb(100 * 1024 * 1024), "t.xlsx")).toMatchObject({ ok: false, errors: [{ code: "xlsx_too_large" }] });
    const ok = await writeXlsx([["指标", "数值"], ["就业", 5]], "s");
    expect(inspectXlsx(ok)).toBeUndefined();
    expect((await importTable(ok, "t.xlsx")).ok).toBe(true);
  });
});
