import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { snippetYaml } from "../../src/probe/snippet";

/** docs/probe/draftkit-word-probe.yaml is generated from the probe's checks; UPDATE_PROBE_SNIPPET=1 rewrites it. */
describe("the Script Lab snippet of the Word probe", () => {
  it("holds the current checks", () => {
    const root = join(__dirname, "..", "..");
    const out = buildSync({
      entryPoints: [join(root, "src/word/probe/checks.ts")],
      bundle: true,
      write: false,
      format: "iife",
      globalName: "DraftKitProbe",
      target: "es2017",
      charset: "utf8",
      legalComments: "none",
    });
    const yaml = snippetYaml(out.outputFiles[0]!.text);
    const file = join(root, "docs/probe/draftkit-word-probe.yaml");
    if (process.env.UPDATE_PROBE_SNIPPET) writeFileSync(file, yaml);
    expect(readFileSync(file, "utf8")).toBe(yaml);
    expect(yaml).toContain("runProbe");
  });
});
