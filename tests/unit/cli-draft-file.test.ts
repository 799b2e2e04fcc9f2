import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { draftBytes, readDraftFile } from "../../src/cli/draftFile";
import { encodeText } from "../../src/platform/encode";
import { runCli } from "../../src/cli/testing";

const dir = mkdtempSync(join(tmpdir(), "dk-draftfile-"));
const put = (name: string, bytes: Uint8Array | string): string => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const text = "全市工作会议\r\n去年全市城镇新增就业X万，失业率X%。\r\n";
const table = put("t.csv", "指标,别名,数值,单位,期间,地区\n城镇新增就业,新增就业,23456,人,2025年,全市\n城镇登记失业率,失业率,3.2,%,2025年,全市\n");
const filled = "全市工作会议\r\n去年全市城镇新增就业2.35万，失业率3.2%。\r\n";

describe("draft files keep their encoding and line endings", () => {
  const cases = [
    ["GBK", "gb18030", false],
    ["UTF-16LE with BOM", "utf-16le", true],
    ["UTF-16BE with BOM", "utf-16be", true],
    ["UTF-8 with BOM", "utf-8", true],
    ["UTF-8", "utf-8", false],
  ] as const;
  it.each(cases)("reads a %s draft and writes the filled draft back in the same bytes form", async (_, encoding, bom) => {
    const src = put(`d-${encoding}-${bom}.txt`, encodeText(text, encoding, bom));
    const out = join(dir, `o-${encoding}-${bom}.txt`);
    const r = await runCli(["fill", src, "--table", table, "--year", "2026", "--out", out]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(readFileSync(out)).toEqual(Buffer.from(encodeText(filled, encoding, bom)));
  });

  it("fills a GBK draft in place without a single U+FFFD (锟斤拷)", async () => {
    const src = put("inplace.txt", encodeText(text, "gb18030", false));
    const r = await runCli(["fill", src, "--table", table, "--year", "2026", "--in-place"]);
    expect(r.code).toBe(0);
    const back = new TextDecoder("gb18030").decode(readFileSync(src));
    expect(back).toBe(filled);
    expect(back).not.toContain("\uFFFD");
  });

  it("writes UTF-8 with LF when --utf8 is asked", async () => {
    const src = put("u16.txt", encodeText(text, "utf-16le", true));
    const out = join(dir, "u8.txt");
    expect((await runCli(["fill", src, "--table", table, "--year", "2026", "--out", out, "--utf8"])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(filled.replace(/\r\n/g, "\n"));
  });

  it("keeps a missing final line break missing", async () => {
    const r = await readDraftFile(put("nofinal.txt", "一\n二"));
    if (!r.ok || r.draft.kind !== "text") throw new Error(r.ok ? r.draft.kind : r.message);
    expect(new TextDecoder().decode(draftBytes(r.draft, ["一", "二"]))).toBe("一\n二");
  });

  it("reads a BOM-less UTF-16LE draft of mostly ASCII text", async () => {
    const r = await readDraftFile(put("nobom16.txt", encodeText("Report 2026\nX people\n", "utf-16le", false)));
    expect(r.ok && r.draft.lines).toEqual(["Report 2026", "X people"]);
  });
});

describe("non-text drafts are refused saying what they are", () => {
  const zip = (entry: string): Uint8Array => {
    const name = new TextEncoder().encode(entry);
    const head = new Uint8Array(30 + name.length);
    head.set([0x50, 0x4b, 0x03, 0x04]);
    head[26] = name.length;
    head.set(name, 30);
    return head;
  };
  it.each([
    ["a .docx", zip("word/document.xml"), "这是 Word 文档（.docx）"],
    ["an .xlsx", zip("xl/workbook.xml"), "Excel 工作簿"],
    ["a PDF", new TextEncoder().encode("%PDF-1.7\n%\u00e2\u00e3"), "PDF"],
    ["a .doc", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), ".doc"],
    ["a PNG", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), "图片"],
    ["random bytes with NULs", Uint8Array.from([1, 0, 0, 0, 7, 200, 0, 3, 0, 0, 0, 9]), "二进制"],
  ])("%s: one located line, exit 2", async (_, bytes, says) => {
    const r = await runCli(["scan", put("x.bin", bytes)]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(says);
    expect(r.err).toContain("x.bin");
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
});
