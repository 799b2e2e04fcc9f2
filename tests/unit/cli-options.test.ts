import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { clauseWindow, scanJson } from "../../src/cli/scanJson";
import { main } from "../../src/cli/main";
import { runCli } from "../../src/cli/testing";
import type { Placeholder } from "../../src/core/placeholders/types";

const dir = mkdtempSync(join(tmpdir(), "dk-opts-"));
const put = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const draft = put("amb.txt", "X局长讲话\n新增就业X人\n");

interface JsonFill {
  n: number;
  value: string | null;
  status: string;
  candidates: { row: string; name: string; value: string | null; problem: string | null }[];
}

describe("fill --pick N=ROW chooses among the candidates", () => {
  it("fills the picked rows by id or by a name unique among the candidates", async () => {
    const out = join(dir, "picked.txt");
    const r = await runCli(["fill", draft, "--table", "builtin", "--year", "2020", "--pick", "1=县人社局局长", "--pick", "2=城镇新增就业|2019年|全县", "--out", out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe("欧阳局长讲话\n新增就业5210人\n");
  });

  it("refuses a pick that names several or no candidates, lists them all, and writes nothing", async () => {
    const out = join(dir, "never.txt");
    const r = await runCli(["fill", draft, "--table", "builtin", "--pick", "2=城镇新增就业", "--pick", "1=市长", "--pick", "9=x", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("城镇新增就业|2019年|全市、城镇新增就业|2020年1-5月|全市、城镇新增就业|2019年|全县");
    expect(r.err).toContain("候选中没有“市长”");
    expect(r.err).toContain("没有第 9 处");
    expect(existsSync(out)).toBe(false);
  });

  it("says how to pick in the CLI's own terms, never the pane's button, and never cuts the candidate list", async () => {
    const r = await runCli(["fill", draft, "--table", "builtin", "--year", "2020"]);
    expect(r.out).toContain("--pick 1=");
    expect(r.out).not.toContain("点击");
    expect(r.out).not.toContain("…");
    for (const row of ["城镇新增就业|2019年|全市", "城镇新增就业|2020年1-5月|全市", "城镇新增就业|2019年|全县"]) expect(r.out.replace(/\n\s+/g, "")).toContain(row);
  });

  it("lists every candidate with row, value or null, and problem under --json", async () => {
    const r = await runCli(["fill", draft, "--table", "builtin", "--year", "2020", "--json"]);
    const { fills } = JSON.parse(r.out) as { fills: JsonFill[] };
    expect(fills.map((f) => f.candidates.length)).toEqual([2, 3]);
    expect(fills[1]?.candidates[2]).toEqual({ row: "城镇新增就业|2019年|全县", name: "城镇新增就业", value: "5210", problem: null });
  });
});

describe("choosing on a terminal", () => {
  it("offers each ambiguous placeholder as a numbered choice and Enter skips one", async () => {
    const answers = ["2", ""];
    let out = "";
    const asked: string[] = [];
    const file = join(dir, "asked.txt");
    const code = await main(["fill", draft, "--table", "builtin", "--year", "2020", "--out", file], {
      out: (t) => void (out += t),
      err: () => undefined,
      ask: async (q) => (asked.push(q), answers.shift()),
    });
    expect(code).toBe(0);
    expect(asked).toEqual(["选择 1-2，回车跳过：", "选择 1-3，回车跳过："]);
    expect(out).toContain("1) 市人社局局长|全市 → 张");
    expect(readFileSync(file, "utf8")).toBe("欧阳局长讲话\n新增就业X人\n");
  });

  it("never asks without a terminal, under --json, or without --out", async () => {
    let asked = 0;
    const io = { out: () => undefined, err: () => undefined, ask: async () => (asked += 1, "1") };
    await main(["fill", draft, "--table", "builtin", "--year", "2020"], io);
    await main(["fill", draft, "--table", "builtin", "--year", "2020", "--json", "--out", join(dir, "j.txt")], io);
    expect(asked).toBe(0);
  });
});

describe("one naming: --level for the document's level, --region for the place", () => {
  it("fill takes --level 县 and --region 地名", async () => {
    const r = await runCli(["fill", draft, "--table", "builtin", "--year", "2020", "--level", "县", "--region", "溪山县", "--json"]);
    expect(r.code).toBe(0);
  });

  it("fill --region 市 still works, as --level, with a note", async () => {
    const old = await runCli(["fill", draft, "--table", "builtin", "--year", "2020", "--region", "县", "--json"]);
    const now = await runCli(["fill", draft, "--table", "builtin", "--year", "2020", "--level", "县", "--json"]);
    expect(old.code).toBe(0);
    expect(old.err).toContain("--level 县");
    expect(JSON.parse(old.out)).toEqual(JSON.parse(now.out));
  });

  it("audit refuses a level given as --region and says to use --level", async () => {
    const r = await runCli(["audit", draft, "--region", "县"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--level");
  });
});

describe("advice that fits the command line", () => {
  it("audit names draftkit fill, not the pane's 填充 button", async () => {
    const r = await runCli(["audit", draft]);
    expect(r.out).toContain("draftkit fill");
    expect(r.out).not.toContain("“填充”");
    const j = await runCli(["audit", draft, "--json"]);
    expect(j.out).not.toContain("“填充”");
  });
});

describe("saying what happened", () => {
  it("fill without --out says nothing was written", async () => {
    const r = await runCli(["fill", draft, "--table", "builtin"]);
    expect(r.out).toContain("未写入文件：未指定 --out");
    const j = await runCli(["fill", draft, "--table", "builtin", "--json"]);
    expect(j.err).toContain("未写入文件：未指定 --out");
    expect((JSON.parse(j.out) as { out: unknown }).out).toBeNull();
  });

  it.each(["constructor", "toString", "__proto__", "hasOwnProperty"])("“draftkit %s” is an unknown command, exit 2", async (name) => {
    const r = await runCli([name]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("未知命令");
  });

  it("an internal error is one line and exit 2, the stack only with DRAFTKIT_DEBUG", async () => {
    let err = "";
    const io = { out: () => { throw new Error("stdout closed"); }, err: (t: string) => void (err += t) };
    expect(await main(["sections"], io)).toBe(2);
    expect(err).toContain("内部错误：stdout closed");
    expect(err.trim().split("\n")).toHaveLength(1);
  });

  it.each([
    [["new"], "缺少 --sections"],
    [["new", "--sections", ""], "--sections 是空的"],
    [["new", "--sections", "nope"], "没有这些章节：nope"],
    [["new", "--sections", "closing-conference", "--level", "省"], "--level 应为"],
    [["fill", draft], "缺少 --table"],
    [["fill"], "缺少文稿文件"],
    [["scan"], "缺少文稿文件"],
    [["audit"], "缺少文稿文件"],
    [["scan", draft, "--bogus"], "--bogus"],
  ])("%j names what is missing or wrong", async (argv, says) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(says);
    expect(r.err).toContain("用法");
  });
});

describe("scan --json stays linear in the document", () => {
  const paragraph = "XXX-".repeat(15360); // 60 KB, one clause, 15,360 placeholders
  const placeholders: Placeholder[] = Array.from({ length: 15360 }, (_, i) => ({
    id: String(i),
    part: { kind: "body" },
    paragraph: 0,
    docIndex: 0,
    inTable: false,
    rowContext: "",
    bound: "",
    start: i * 4,
    end: i * 4 + 3,
    text: "XXX",
    kind: "quantity",
    form: "x",
    unit: "",
    title: "",
    approx: "",
    ordinal: false,
    group: "",
    clause: { start: 0, end: paragraph.length, text: paragraph },
    sentence: { start: 0, end: paragraph.length, text: paragraph },
  })) as unknown as Placeholder[];

  it("60 KB of XXX-: each clause once, a window of at most 60 characters per placeholder, output linear", () => {
    const json = JSON.stringify(scanJson(placeholders));
    const parsed = JSON.parse(json) as ReturnType<typeof scanJson>;
    expect(parsed.clauses).toHaveLength(1);
    expect(parsed.placeholders.every((p) => String(p["clause"]).length <= 60 && p["clauseId"] === 0)).toBe(true);
    // the window holds its placeholder
    const p100 = parsed.placeholders[100] as { clause: string; start: number };
    expect(p100.clause).toContain("XXX");
    expect(json.length).toBeLessThan(paragraph.length + placeholders.length * 300);
  });

  it("the CLI prints 60 KB of XXX- in output linear in the input: clauses once, short windows", async () => {
    const sizeFor = async (kb: number) => {
      const r = await runCli(["scan", put(`x${kb}.txt`, "XXX-".repeat(kb * 256)), "--json"]);
      expect(r.code).toBe(0);
      const json = JSON.parse(r.out) as ReturnType<typeof scanJson>;
      expect(json.placeholders.every((p) => String(p["clause"]).length <= 60)).toBe(true);
      expect(r.out.length).toBeLessThan(kb * 1024 + json.placeholders.length * 300);
      return r.out.length;
    };
    const small = await sizeFor(6);
    const large = await sizeFor(60);
    expect(large / small).toBeLessThan(12);
  }, 60_000);

  it("never splits a surrogate pair at the window's edges", () => {
    const text = "😀".repeat(100) + "X" + "😀".repeat(100);
    const p = { ...placeholders[0], start: 200, end: 201, text: "X", clause: { start: 0, end: text.length, text } } as Placeholder;
    const w = clauseWindow(p);
    expect(w).toContain("X");
    expect(w.length).toBeLessThanOrEqual(60);
    expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(w)).toBe(false);
  });
});
