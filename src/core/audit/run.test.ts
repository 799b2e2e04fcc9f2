import { readFileSync } from "node:fs";
import { join } from "node:path";
import data from "../../data/divisions.json";
import { snapshotFromLines, splitLines } from "../document/snapshot";
import { type DivisionData, buildDivisionIndex } from "./divisions";
import { runAudit } from "./run";

const divisions = buildDivisionIndex(data as DivisionData);
const seed = (f: string) => splitLines(readFileSync(join(__dirname, "../../../tests/fixtures/seeds", f), "utf8"));

describe("runAudit", () => {
  it("reports the 市 speech: 23 placeholders and the advert header, nothing else", () => {
    const r = runAudit(snapshotFromLines(seed("000_44a230b6f9ec27ec.txt")), { region: "广元市", divisions });
    const byRule = (id: string) => r.findings.filter((f) => f.rule === id).length;
    expect([byRule("unfilled-placeholder"), byRule("advert")]).toEqual([23, 8]);
    expect(r.findings.filter((f) => !["unfilled-placeholder", "advert"].includes(f.rule))).toEqual([]);
    expect(r.printable).toBe(false);
    expect(r.docYear).toBe(2020);
  });

  it("reports the 县 speech's two XX同志 and the leaked 泸县", () => {
    const r = runAudit(snapshotFromLines(seed("004_88f04c4c9db11306.txt")), { region: "富顺县", divisions });
    expect(r.findings.map((f) => [f.rule, f.text])).toEqual([
      ["unfilled-placeholder", "XX"],
      ["unfilled-placeholder", "XX"],
      ["foreign-place", "泸县"],
    ]);
  });

  it("gives no finding on a clean section of the seeds", () => {
    const clean = seed("000_44a230b6f9ec27ec.txt").slice(41, 45);
    expect(clean[0]).toContain("（一）要带头秉公用权");
    const r = runAudit(snapshotFromLines(clean), { region: "广元市", divisions, docYear: 2020 });
    expect(r.findings).toEqual([]);
    expect(r.printable).toBe(true);
  });
});
