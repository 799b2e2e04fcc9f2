import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

/** Lints `code` as if it were the file at `path` and returns the rule ids ESLint reports. */
function lint(path: string, code: string): string[] {
  const r = spawnSync(process.execPath, [join(root, "node_modules/eslint/bin/eslint.js"), "--format", "json", "--stdin", "--stdin-filename", path], {
    cwd: root,
    input: code,
    encoding: "utf8",
  });
  const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string | null }[] }[];
  return (result?.messages ?? []).map((m) => m.ruleId ?? "fatal");
}

jest.setTimeout(60_000);

describe("layering rules", () => {
  it("forbids React, Node and the adapter in src/core", () => {
    expect(lint("src/core/x.ts", 'import { useState } from "react";\nexport const a = useState;\n')).toContain("no-restricted-imports");
    expect(lint("src/core/x.ts", 'import { readFileSync } from "node:fs";\nexport const a = readFileSync;\n')).toContain("no-restricted-imports");
    expect(lint("src/core/x.ts", 'import { createWordHost } from "../word/wordHost";\nexport const a = createWordHost;\n')).toContain(
      "no-restricted-imports",
    );
  });

  it("forbids the DOM and Office globals in src/core", () => {
    expect(lint("src/core/x.ts", "export const a = () => document.title;\n")).toContain("no-restricted-globals");
    expect(lint("src/core/x.ts", "export const a = () => Word.run;\n")).toContain("no-restricted-globals");
  });

  it("keeps the .docx library free of React, Node I/O, Office and the layers above it", () => {
    expect(lint("src/wordml/x.ts", 'import { useState } from "react";\nexport const a = useState;\n')).toContain("no-restricted-imports");
    expect(lint("src/wordml/x.ts", 'import { readFileSync } from "node:fs";\nexport const a = readFileSync;\n')).toContain("no-restricted-imports");
    expect(lint("src/wordml/x.ts", 'import { createSimHost } from "../simword/host";\nexport const a = createSimHost;\n')).toContain("no-restricted-imports");
    expect(lint("src/wordml/x.ts", "export const a = () => Word.run;\n")).toContain("no-restricted-globals");
    expect(lint("src/wordml/x.ts", 'import { unzipSync } from "fflate";\nexport const a = unzipSync;\n')).toEqual([]);
  });

  it("allows Word only in the adapter, and checks it with the Office add-in rules", () => {
    expect(lint("src/taskpane/views/X.tsx", "export const a = () => Word.run;\n")).toContain("no-restricted-globals");
    expect(lint("src/word/x.ts", "export const a = () => Word.run;\n")).toEqual([]);
    const syncInLoop =
      "export async function f(context: Word.RequestContext, ps: Word.Paragraph[]) {\n  for (const p of ps) {\n    p.load('text');\n    await context.sync();\n  }\n}\n";
    expect(lint("src/word/x.ts", syncInLoop)).toContain("office-addins/no-context-sync-in-loop");
  });
});
