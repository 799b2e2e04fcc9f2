// Runs a TypeScript entry point (benchmarks) by bundling it with esbuild into a temporary file first.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

const [entry, ...args] = process.argv.slice(2);
// Bundled into .bench/ at the project root, so code resolving paths from __dirname ("../tests/…") still works.
const dir = join(fileURLToPath(new URL("..", import.meta.url)), ".bench");
mkdirSync(dir, { recursive: true });
const out = join(dir, `${basename(entry, ".ts")}.cjs`);
await build({ entryPoints: [entry], outfile: out, bundle: true, platform: "node", target: "node20", format: "cjs", logLevel: "warning", external: ["playwright-core", "webpack"] });
const r = spawnSync(process.execPath, [out, ...args], { stdio: "inherit" });
process.exit(r.status ?? 1);
