import { existsSync, linkSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { promises as fsp } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSafely } from "../../src/cli/safeWrite";
import { runCli } from "../../src/cli/testing";

const dir = mkdtempSync(join(tmpdir(), "dk-safe-"));
const put = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const draftText = "去年全市城镇新增就业X万。\n";
const table = put("t.csv", "指标,数值,单位,期间,地区\n城镇新增就业,23456,人,2025年,全市\n");
const oneLine = (err: string): void => {
  expect(err.trim().split("\n")).toHaveLength(1);
  expect(err).not.toMatch(/\n\s+at /);
};

describe("an output that is an input is refused", () => {
  it("fill --out onto the draft itself, without --in-place", async () => {
    const d = put("self.txt", draftText);
    const r = await runCli(["fill", d, "--table", table, "--year", "2026", "--out", d]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--in-place");
    expect(readFileSync(d, "utf8")).toBe(draftText);
  });

  it("audit --report onto the draft, through a symlink and through a hard link", async () => {
    const d = put("a.txt", draftText);
    symlinkSync(d, join(dir, "a-sym.txt"));
    linkSync(d, join(dir, "a-hard.txt"));
    for (const target of [d, join(dir, "a-sym.txt"), join(dir, "a-hard.txt"), join(dir, ".", "a.txt")]) {
      const r = await runCli(["audit", d, "--report", target]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("输入文件");
      oneLine(r.err);
    }
    expect(readFileSync(d, "utf8")).toBe(draftText);
  });

  it("fill --out onto the table", async () => {
    const d = put("b.txt", draftText);
    const t = put("b.csv", readFileSync(table, "utf8"));
    const r = await runCli(["fill", d, "--table", t, "--out", t]);
    expect(r.code).toBe(2);
    expect(readFileSync(t, "utf8")).toBe(readFileSync(table, "utf8"));
  });

  it("--in-place allows the draft but never the table", async () => {
    const d = put("c.txt", draftText);
    expect((await runCli(["fill", d, "--table", table, "--year", "2026", "--out", d, "--in-place"])).code).toBe(0);
    expect(readFileSync(d, "utf8")).toBe("去年全市城镇新增就业2.35万。\n");
    const r = await runCli(["fill", d, "--table", table, "--out", table, "--in-place"]);
    expect(r.code).toBe(2);
  });
});

describe("I/O errors are one located zh-CN line with exit 2", () => {
  it("a missing folder", async () => {
    const d = put("m.txt", draftText);
    const r = await runCli(["fill", d, "--table", table, "--out", join(dir, "no", "such", "out.txt")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("不存在");
    oneLine(r.err);
  });

  it("/dev/full (disk full)", async () => {
    const d = put("f.txt", draftText);
    const r = await runCli(["audit", d, "--report", "/dev/full"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("磁盘空间不足");
    oneLine(r.err);
  });

  it("an output path that is a folder", async () => {
    const d = put("g.txt", draftText);
    const r = await runCli(["fill", d, "--table", table, "--out", dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("文件夹");
  });

  // The tests run as root here, so a read-only folder or a full disk is simulated at the file-system call.
  it.each([
    ["EROFS", "只读"],
    ["EACCES", "没有写入权限"],
    ["ENOSPC", "磁盘空间不足"],
  ])("%s while writing leaves the old file whole and no temp file behind", async (code, says) => {
    const target = put(`old-${code}.txt`, "原有内容\n");
    const failing = {
      ...fsp,
      open: async (...a: Parameters<typeof fsp.open>) => {
        if (code !== "ENOSPC") throw Object.assign(new Error(code), { code });
        const h = await fsp.open(...a);
        return Object.assign(Object.create(h) as typeof h, {
          writeFile: async (bytes: Uint8Array) => {
            await h.writeFile(bytes.subarray(0, 3));
            throw Object.assign(new Error(code), { code });
          },
          sync: () => h.sync(),
          close: () => h.close(),
        });
      },
    };
    const r = await writeSafely(target, new TextEncoder().encode("新内容".repeat(10000)), { inputs: [], fs: failing });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(says);
    expect(readFileSync(target, "utf8")).toBe("原有内容\n");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("a successful write replaces the file whole and keeps its permissions", async () => {
    const target = put("perm.txt", "old\n");
    await fsp.chmod(target, 0o640);
    const r = await writeSafely(target, new TextEncoder().encode("new\n"), { inputs: [] });
    expect(r.ok).toBe(true);
    expect(readFileSync(target, "utf8")).toBe("new\n");
    expect((await fsp.stat(target)).mode & 0o777).toBe(0o640);
    expect(existsSync(target)).toBe(true);
  });
});
