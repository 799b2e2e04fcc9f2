// Bundles the command-line tool (src/cli) into build/cli.cjs for bin/draftkit.js. Runs on `npm install` (prepare).
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: "build/cli.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  logLevel: "warning",
});
