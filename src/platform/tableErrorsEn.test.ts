import { type TableError, tableErrorCodes } from "../core/table/io/errors";
import { cellBomb } from "../../tests/fixtures/tables/zipBomb";
import { MAX_TABLE_BYTES, importTable } from "./tableFiles";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const csv = (text: string) => importTable(enc(text), "t.csv");
const cjk = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const numbers = (s: string): string[] => [...new Set(s.match(/\d+/g) ?? [])].sort();

/** One file that makes each code: the inputs are ASCII, so any Chinese in an English text is the pane's own. */
const makes: Record<TableError["code"], () => ReturnType<typeof importTable>> = {
  empty_file: () => csv(""),
  bad_encoding: () => importTable(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0x28]), "t.csv"),
  binary_file: () => csv("%PDF-1.4\n..."),
  file_too_large: () => importTable(new Uint8Array(MAX_TABLE_BYTES + 1), "t.csv"),
  too_many_cells: () => csv(`name,value\n${"x,".repeat(201)}x\n`),
  cell_too_long: () => csv(`name,value\nA,${"9".repeat(10_001)}\n`),
  xlsx_too_large: () => importTable(cellBomb(100 * 1024 * 1024), "t.xlsx"),
  mixed_encoding: () => importTable(new Uint8Array([...enc("name,value\n指标,1\n数值,2\n"), 0xd6, 0xd0, 0x0a]), "t.csv"),
  missing_header: () => csv("name,unit\nA,kg\n"),
  duplicate_header: () => csv("name,value,value\nA,1,2\n"),
  empty_name: () => csv("name,value\n,3\n"),
  bad_number: () => csv("name,value\nA,1e21\n"),
  formula_cell: () => csv("name,value\nA,=1+2\n"),
  empty_value: () => csv("name,value\nA,\n"),
  bad_kind: () => csv("name,value,kind\nA,1,zzz\n"),
  duplicate_row: () => csv("name,value\nA,1\nA,2\n"),
  too_many_rows: () => csv(`name,value\n${"A,1\n".repeat(100_001)}`),
  bad_json: () => importTable(enc("{"), "t.json"),
  bad_shape: () => importTable(enc('[{"name":"A"}]'), "t.json"),
  unclosed_quote: () => csv('name,value\n"A,1\n'),
  bad_xlsx: () => importTable(enc("not a zip at all"), "t.xlsx"),
  more_errors: () => csv(`name,value\n${"A,\n".repeat(60)}`),
};

describe("every table error has an English text", () => {
  it.each([...tableErrorCodes])("%s", async (code) => {
    const make = makes[code];
    expect(make).toBeDefined();
    const r = await make();
    if (r.ok) throw new Error(`${code}: the file was accepted`);
    const e = r.errors.find((x) => x.code === code);
    expect(e).toBeDefined();
    if (!e) return;
    expect(e.messageEn.length).toBeGreaterThan(10);
    expect(e.messageEn).not.toMatch(cjk);
    // the same values (row, limit, size) interpolated in both languages
    expect(numbers(e.messageEn)).toEqual(numbers(e.message));
  }, 30_000);

  it("names the row and the limit in English, as in Chinese", async () => {
    const big = await importTable(new Uint8Array(MAX_TABLE_BYTES + 1), "t.csv");
    if (big.ok) throw new Error("accepted");
    expect(big.errors[0]?.messageEn).toContain(`${MAX_TABLE_BYTES / 1048576} MB`);
    const quote = await csv('name,value\nA,1\n"B,2\n');
    if (quote.ok) throw new Error("accepted");
    expect(quote.errors[0]).toMatchObject({ code: "unclosed_quote", row: 3, messageEn: "The quote in row 3 is not closed: check that cell" });
  });
});
