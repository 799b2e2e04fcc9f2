// Jest transform through esbuild: type-checking is `npm run typecheck`'s job, so tests only need fast transpiling.
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const { transformSync } = require("esbuild");

const transformerSource = readFileSync(__filename, "utf8");

module.exports = {
  getCacheKey(source, filename) {
    return createHash("sha1").update(transformerSource).update(filename).update(source).digest("hex");
  },
  process(source, filename) {
    const loader = filename.endsWith(".tsx") ? "tsx" : filename.endsWith(".ts") ? "ts" : "js";
    const out = transformSync(source, {
      loader,
      format: "cjs",
      target: "node20",
      jsx: "automatic",
      sourcemap: "inline",
      sourcefile: filename,
      // Jest runs CommonJS: turn import() (lazy chunks in the browser) into require().
      supported: { "dynamic-import": false },
    });
    return { code: out.code };
  },
};
