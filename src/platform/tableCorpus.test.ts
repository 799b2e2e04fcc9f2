import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importTable } from "./tableFiles";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const gbkFixture = new Uint8Array(readFileSync(join(__dirname, "../../tests/fixtures/tables/gbk.csv")));
const head = "指标,数值,单位,期间,地区\n";

/** Malformed tables: each must give located zh-CN errors, never crash, and apply nothing. */
const corpus: [string, string, Uint8Array][] = [
  ["empty csv", "t.csv", enc("")],
  ["only whitespace", "t.csv", enc("  \n\n ,, \n")],
  ["BOM only", "t.csv", enc("\uFEFF")],
  ["no 指标 header", "t.csv", enc("名字,数值\n就业,1\n")],
  ["no 数值 header", "t.csv", enc("指标,单位\n就业,人\n")],
  ["headers in wrong language", "t.csv", enc("Indikator,Wert\nJobs,1\n")],
  ["duplicate header", "t.csv", enc("指标,数值,数值\n就业,1,2\n")],
  ["header only with a typo", "t.csv", enc("指 标,数值\n就业,1\n")],
  ["non-numeric value", "t.csv", enc(`${head}就业,很多,人,2019年,全市\n`)],
  ["value with letters", "t.csv", enc(`${head}就业,12a,人,2019年,全市\n`)],
  ["chinese numerals", "t.csv", enc(`${head}就业,二万,人,2019年,全市\n`)],
  ["two decimal points", "t.csv", enc(`${head}就业,1.2.3,人,2019年,全市\n`)],
  ["formula value", "t.csv", enc(`${head}就业,=SUM(A1:A3),人,2019年,全市\n`)],
  ["formula with plus", "t.csv", enc(`${head}就业,=1+2,人,2019年,全市\n`)],
  ["empty value", "t.csv", enc(`${head}就业,,人,2019年,全市\n`)],
  ["empty name", "t.csv", enc(`${head},5,人,2019年,全市\n`)],
  ["duplicated rows", "t.csv", enc(`${head}就业,5,人,2019年,全市\n就业,6,人,2019年,全市\n`)],
  ["duplicated after trimming", "t.csv", enc(`${head}就业 ,5,人,2019年,全市\n 就业,6,人,2019年,全市\n`)],
  ["unclosed quote", "t.csv", enc(`${head}"就业,5,人,2019年,全市\n`)],
  ["bad kind", "t.csv", enc("指标,数值,类型\n就业,5,未知类型\n")],
  ["person kind with number header ok but empty", "t.csv", enc("指标,数值,类型\n局长,,人员\n")],
  ["many bad rows", "t.csv", enc(head + Array.from({ length: 80 }, (_, i) => `指标${i},坏,人,2019年,全市`).join("\n"))],
  ["mixed encodings", "t.csv", new Uint8Array([...gbkFixture.slice(0, 20), ...enc("城镇新增就业,23456,人\n城镇登记失业率,3.2,%\n")])],
  ["invalid utf-8 after BOM", "t.csv", new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0xfd])],
  ["binary garbage", "t.csv", new Uint8Array(Array.from({ length: 200 }, (_, i) => (i * 37) % 256))],
  ["xlsx that is not a zip", "t.xlsx", enc("not a workbook")],
  ["empty xlsx bytes", "t.xlsx", new Uint8Array()],
  ["csv renamed to xlsx", "t.xlsx", enc(`${head}就业,5,人,2019年,全市\n`)],
  ["unsupported extension", "t.docx", enc("x")],
  ["no extension", "table", enc("x")],
  ["empty json", "t.json", enc("")],
  ["json syntax error", "t.json", enc('{"rows": [}')],
  ["json trailing comma", "t.json", enc('[{"name":"a","value":1},]')],
  ["json number", "t.json", enc("42")],
  ["json string", "t.json", enc('"hello"')],
  ["json null", "t.json", enc("null")],
  ["json wrong format tag", "t.json", enc('{"format":"other","version":1,"rows":[]}')],
  ["json wrong version", "t.json", enc('{"format":"draftkit-table","version":2,"rows":[]}')],
  ["json rows not array", "t.json", enc('{"format":"draftkit-table","version":1,"rows":{}}')],
  ["json row missing name", "t.json", enc('[{"value":1}]')],
  ["json row missing value", "t.json", enc('[{"name":"就业"}]')],
  ["json value boolean", "t.json", enc('[{"name":"就业","value":true}]')],
  ["json value object", "t.json", enc('[{"name":"就业","value":{"n":1}}]')],
  ["json name number", "t.json", enc('[{"name":5,"value":1}]')],
  ["json aliases string", "t.json", enc('[{"name":"就业","value":1,"aliases":"a;b"}]')],
  ["json unknown field", "t.json", enc('[{"name":"就业","value":1,"colour":"red"}]')],
  ["json bad kind", "t.json", enc('[{"name":"就业","value":1,"kind":"number2"}]')],
  ["json NaN-like string value empty", "t.json", enc('[{"name":"就业","value":"  "}]')],
  ["json duplicated rows", "t.json", enc('[{"name":"就业","value":1},{"name":"就业","value":2}]')],
  ["json deep nesting", "t.json", enc(`${"[".repeat(5000)}${"]".repeat(5000)}`)],
  ["json very deep object", "t.json", enc(`{"rows":${"[".repeat(100000)}${"]".repeat(100000)}}`)],
  ["json array of arrays", "t.json", enc("[[1,2],[3,4]]")],
  ["json 100k+1 rows", "t.json", enc(JSON.stringify(Array.from({ length: 100_001 }, (_, i) => ({ name: `指标${i}`, value: i }))))],
  ["csv 100k+1 rows", "t.csv", enc(`指标,数值\n${Array.from({ length: 100_001 }, (_, i) => `指标${i},${i}`).join("\n")}`)],
];

const hasChinese = /[\u4e00-\u9fff]/;
const rowLevel = new Set(["bad_number", "formula_cell", "empty_value", "empty_name", "duplicate_row", "bad_kind", "unclosed_quote"]);

describe("malformed table corpus", () => {
  it("has at least 50 cases", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(50);
  });

  it.each(corpus)("%s → located zh-CN errors, nothing applied", async (_label, file, bytes) => {
    const r = await importTable(bytes, file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) {
      expect(e.code).toMatch(/^[a-z_]+$/);
      expect(e.message).toMatch(hasChinese);
      if (rowLevel.has(e.code)) expect(e.row).toBeGreaterThan(0);
    }
  });

  it("lists every bad row up to the cap, not just the first", async () => {
    const r = await importTable(enc(`${head}a,x,人,,\nb,y,人,,\nc,3,人,,\n`), "t.csv");
    expect(r.ok ? [] : r.errors.map((e) => e.row)).toEqual([2, 3]);
  });
});
