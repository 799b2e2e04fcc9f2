import fc from "fast-check";
import { tableFromJson } from "../../src/core/table/io/json";
import { exportTable, importTable } from "../../src/platform/tableFiles";
import { bundledTable } from "../../src/core/table/bundled";
import type { TableParse } from "../../src/core/table/io/errors";
import type { IndicatorTable } from "../../src/core/table/schema";

const runs = Number(process.env.FUZZ_RUNS ?? 200);
// npm run fuzz runs 100,000 cases per target: minutes, not the default five seconds.
jest.setTimeout(Math.max(30_000, runs * 10));
const xlsxRuns = Math.max(10, Math.ceil(runs / 20));

/** A refusal is data: every error has a code and a zh-CN message, and rows, when given, are positive. */
function located(r: TableParse<IndicatorTable>): void {
  if (r.ok) return;
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    expect(e.code).toMatch(/^[a-z_]+$/);
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    if (e.row !== undefined) expect(e.row).toBeGreaterThan(0);
  }
}

const csvPieces = ["指标", "数值", "类型", "单位", "编号", ",", "\n", "\r\n", "\"", "'", "=", "1", "1e21", "9".repeat(40), "1,2", "constructor", "__proto__", "人员", "%", "—", "\u0000", "\uFEFF"];
const csvText = fc.array(fc.constantFrom(...csvPieces), { maxLength: 60 }).map((a) => a.join(""));

const jsonPieces = ['{"format":"draftkit-table","version":1,"rows":[', "]}", "{", "}", "[", "]", '"name":', '"value":', '"kind":', '"id":', '"constructor":', '"__proto__":', '"x"', "1e400", "-0", "1e21", "null", "true", ",", ":"];
const jsonText = fc.array(fc.constantFrom(...jsonPieces), { maxLength: 30 }).map((a) => a.join(""));

describe("table importers never throw on any input (fuzz)", () => {
  it("CSV bytes", async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (b) => located(await importTable(b, "t.csv"))), { numRuns: runs });
  });

  it("CSV-like text", async () => {
    await fc.assert(fc.asyncProperty(csvText, async (s) => located(await importTable(new TextEncoder().encode(s), "t.csv"))), { numRuns: runs });
  });

  it("JSON bytes and JSON-like text", async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (b) => located(await importTable(b, "t.json"))), { numRuns: runs });
    fc.assert(fc.property(jsonText, (s) => located(tableFromJson(s))), { numRuns: runs });
  });

  it("XLSX bytes: random, and a real workbook with bytes changed", async () => {
    const good = await exportTable(bundledTable, "xlsx");
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (b) => located(await importTable(b, "t.xlsx"))), { numRuns: runs });
    const flips = fc.array(fc.record({ at: fc.nat({ max: good.length - 1 }), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(flips, async (fs) => {
        const b = good.slice();
        for (const f of fs) b[f.at] = f.byte;
        located(await importTable(b, "t.xlsx"));
      }),
      { numRuns: xlsxRuns },
    );
  }, Math.max(120_000, xlsxRuns * 250));

  it("keeps its shrunk counter-examples as regression cases", async () => {
    for (const s of ["指标,数值,类型\na,1,constructor", '"', "\uFEFF指标,数值\n,\n", "指标,数值\na,1e21"]) located(await importTable(new TextEncoder().encode(s), "t.csv"));
    for (const s of ['{"format":"draftkit-table","version":1,"rows":[{"name":"a","value":1e400}]}', '[{"__proto__":1}]', "[", '{"constructor":{}}']) located(tableFromJson(s));
  });
});
