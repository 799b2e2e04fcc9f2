import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./testing";

const run = runCli;

const draft = (text: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), "dk-")), "draft.txt");
  writeFileSync(file, text);
  return file;
};

describe("draftkit scan", () => {
  it("prints exactly {placeholders:[…]} with 0-based paragraphs and UTF-16 offsets under --json", async () => {
    const r = await run(["scan", draft("\uFEFF同志们：\r\n去年新增就业X万，失业率X%。\r\n"), "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { placeholders: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(["placeholders", "clauses", "problems"]);
    expect(json.placeholders.map((p) => [p["paragraph"], p["start"], p["end"], p["text"], p["kind"]])).toEqual([
      [1, 6, 7, "X", "quantity"],
      [1, 12, 13, "X", "percent"],
    ]);
  });

  it("prints a readable table with a count", async () => {
    const r = await run(["scan", draft("X局长讲话\n引进X名人才\n")]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("人名（局长）");
    expect(r.out).toContain("2:2");
    expect(r.out).toContain("共 2 处占位符");
  });

  it("exits 2 with a clear message for a missing file", async () => {
    const r = await run(["scan", "/no/such/draft.txt"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("文件不存在");
  });

  it("exits 2 on a directory, a missing FILE and unknown options", async () => {
    expect((await run(["scan", tmpdir()])).code).toBe(2);
    expect((await run(["scan"])).code).toBe(2);
    expect((await run(["scan", "a.txt", "--bogus"])).code).toBe(2);
    expect((await run(["nonsense"])).code).toBe(2);
  });
});
