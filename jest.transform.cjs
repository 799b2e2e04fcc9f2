// Jest transform through esbuild: type-checking is `npm run typecheck`'s job, so tests only need fast transpiling.
const { transformSync } = require("esbuild");

module.exports = {
  process(source, filename) {
    const loader = filename.endsWith(".tsx") ? "tsx" : filename.endsWith(".ts") ? "ts" : "js";
    const out = transformSync(source, {
      loader,
      format: "cjs",
      target: "node20",
      jsx: "automatic",
      sourcemap: "inline",
      sourcefile: filename,
    });
    return { code: out.code };
  },
};
