import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildDocx, para } from "../../tests/unit/docx-build";
import { runCli } from "./testing";

const run = runCli;
const dir = mkdtempSync(join(tmpdir(), "dk-audit-"));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const seed004 = join(__dirname, "../../tests/fixtures/seeds/004_88f04c4c9db11306.txt");

describe("draftkit audit", () => {
  it("prints {findings:[…]} and exits 1 when errors remain", async () => {
    const r = await run(["audit", seed004, "--region", "富顺县", "--json"]);
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.out) as { findings: Record<string, unknown>[] };
    expect(findings.map((f) => [f["rule"], f["severity"], f["paragraph"], f["start"], f["end"]])).toEqual([
      ["unfilled-placeholder", "error", 2, 119, 121],
      ["unfilled-placeholder", "error", 12, 198, 200],
      ["foreign-place", "error", 17, 107, 109],
    ]);
    expect(String(findings[2]?.["message"])).toContain("泸县");
  });

  it("exits 0 on a clean draft and says it can be printed", async () => {
    const r = await run(["audit", file("clean.txt", "同志们：\n一、总体要求\n今年要稳就业。\n"), "--year", "2026"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("可以打印");
  });

  it("exits 0 with warnings only", async () => {
    const r = await run(["audit", file("warn.txt", "要抓好落实落实工作。\n"), "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).findings[0].severity).toBe("warning");
  });

  it("names a finding in a table cell 表格 in the text output, as the report does", async () => {
    const cell = (text: string): string => `<w:tc>${para(text)}</w:tc>`;
    const docx = join(dir, "table.docx");
    writeFileSync(docx, buildDocx({ body: `${para("全市工作会议")}<w:tbl><w:tr>${cell("城镇新增就业")}${cell("X万人")}</w:tr></w:tbl>${para("今年新增就业X万人。")}` }));
    const r = await run(["audit", docx]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/表格 3:0 +错误/);
    expect(r.out).toMatch(/\n 4:\d+ +错误|\n4:\d+ +错误/);
    const out = join(dir, "table.html");
    await run(["audit", docx, "--report", out]);
    expect(readFileSync(out, "utf8")).toContain("表格第 3 段");
  });

  it("writes a printable HTML report", async () => {
    const out = join(dir, "report.html");
    await run(["audit", seed004, "--region", "富顺县", "--report", out]);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("打印前审核报告");
    expect(html).toContain("3 个错误");
    expect(html).toContain("泸县");
  });

  it("exits 2 on a missing file or a bad --year", async () => {
    expect((await run(["audit", join(dir, "none.txt")])).code).toBe(2);
    expect((await run(["audit", seed004, "--year", "x"])).code).toBe(2);
  });
});
