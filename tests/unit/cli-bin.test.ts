import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

describe("the draftkit bin", () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, "scripts/build-cli.mjs")], { cwd: root });
  });

  it("runs `draftkit scan FILE --json` from package.json's bin", () => {
    const r = spawnSync(process.execPath, [join(root, "bin/draftkit.js"), "scan", join(root, "tests/fixtures/seeds/004_88f04c4c9db11306.txt"), "--json"], {
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { placeholders: { text: string; title: string }[] };
    expect(json.placeholders.map((p) => p.text + p.title)).toEqual(["XX同志", "XX同志"]);
  });

  it("exits 2 for an unreadable file", () => {
    const r = spawnSync(process.execPath, [join(root, "bin/draftkit.js"), "scan", "missing.txt"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("missing.txt");
  });
});
