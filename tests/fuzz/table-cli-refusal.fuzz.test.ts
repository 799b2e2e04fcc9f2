import fc from "fast-check";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/testing";

const runs = Number(process.env.FUZZ_RUNS ?? 200);
// Each case writes and reads files: a tenth as many cases as the in-memory targets.
const cliRuns = Math.max(20, Math.ceil(runs / 10));
const dir = mkdtempSync(join(tmpdir(), "dk-fuzz-cli-"));

const tablePieces = ["指标,数值,单位,期间,地区,类型\n", "城镇新增就业,23456,人,2025年,全市,\n", "失业率,3.2,%,2025年,全市\n", "书记,李志刚,,,,人员\n", ",", "\n", "\"", "1e21", "9".repeat(30), "constructor", "=1+1", "\u0000", "\uFEFF"];
const draftPieces = ["去年全市城镇新增就业X万，", "失业率X%。", "X书记", "\n", "\r\n", "XXX-", "😀", "\u0000", "\uFFFD"];
const bytesFrom = (pieces: string[]) =>
  fc.oneof(
    fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => new TextEncoder().encode(a.join(""))),
    fc.uint8Array({ maxLength: 200 }),
  );

describe("draftkit fill on any draft and table (fuzz)", () => {
  it("exits 0 having written the output, or exits 2 with a message having written nothing; never throws", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(bytesFrom(draftPieces), bytesFrom(tablePieces), fc.constantFrom("csv", "json", "xlsx"), async (draft, table, ext) => {
        n += 1;
        const d = join(dir, `d${n}.txt`);
        const t = join(dir, `t${n}.${ext}`);
        const out = join(dir, `o${n}.txt`);
        writeFileSync(d, draft);
        writeFileSync(t, table);
        const r = await runCli(["fill", d, "--table", t, "--year", "2026", "--out", out]);
        expect([0, 2]).toContain(r.code);
        if (r.code === 2) {
          expect(existsSync(out)).toBe(false);
          expect(r.err).toMatch(/[\u4e00-\u9fff]/);
          expect(r.err).not.toMatch(/\n\s+at /);
        } else expect(existsSync(out)).toBe(true);
        expect(readFileSync(d)).toEqual(Buffer.from(draft));
        for (const f of [d, t, out]) rmSync(f, { force: true });
      }),
      { numRuns: cliRuns },
    );
  }, Math.max(120_000, cliRuns * 100));
});
