import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./testing";

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), "dk-fill-"));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const draft = file("draft.txt", "全市工作会议\n去年全市城镇新增就业X万，失业率X%。\nXX同志讲话\n");
const table = file("t.csv", "指标,别名,数值,单位,期间,地区\n城镇新增就业,新增就业,23456,人,2025年,全市\n城镇登记失业率,失业率,3.2,%,2025年,全市\n");

describe("draftkit fill", () => {
  it("prints one entry per placeholder with value or null under --json", async () => {
    const r = await run(["fill", draft, "--table", table, "--year", "2026", "--json"]);
    expect(r.code).toBe(0);
    const { fills } = JSON.parse(r.out) as { fills: Record<string, unknown>[] };
    expect(fills.map((f) => [f["paragraph"], f["start"], f["end"], f["text"], f["value"], f["row"]])).toEqual([
      [1, 10, 11, "X", "2.35", "城镇新增就业|2025年|全市"],
      [1, 16, 17, "X", "3.2", "城镇登记失业率|2025年|全市"],
      [2, 0, 2, "XX", null, null],
    ]);
    expect(String(fills[0]?.["reason"])).toContain("2025年");
    expect(String(fills[2]?.["reason"])).not.toBe("");
  });

  it("resolves 去年 with --year: another year finds no row and fills nothing", async () => {
    const r = await run(["fill", draft, "--table", table, "--year", "2030", "--json"]);
    const { fills } = JSON.parse(r.out) as { fills: { value: string | null }[] };
    expect(fills.map((f) => f.value)).toEqual([null, null, null]);
  });

  it("writes the filled text with --out, leaving unsure placeholders as they were", async () => {
    const out = join(dir, "out.txt");
    const r = await run(["fill", draft, "--table", table, "--year", "2026", "--out", out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe("全市工作会议\n去年全市城镇新增就业2.35万，失业率3.2%。\nXX同志讲话\n");
  });

  it("reports a bad table on stderr, exits 2 and writes nothing", async () => {
    const bad = file("bad.csv", "指标,数值\n就业,很多\n,5\n");
    const out = join(dir, "never.txt");
    const r = await run(["fill", draft, "--table", bad, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("第 2 行");
    expect(r.err).toContain("第 3 行");
    expect(r.out).toBe("");
    expect(existsSync(out)).toBe(false);
  });

  it("exits 2 without --table, with a bad --year, or a missing table file", async () => {
    expect((await run(["fill", draft])).code).toBe(2);
    expect((await run(["fill", draft, "--table", table, "--year", "今年"])).code).toBe(2);
    expect((await run(["fill", draft, "--table", join(dir, "none.csv")])).code).toBe(2);
  });

  it("fills from the bundled sample table with --table builtin", async () => {
    const r = await run(["fill", draft, "--table", "builtin", "--year", "2020"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("示例数据");
  });
});
