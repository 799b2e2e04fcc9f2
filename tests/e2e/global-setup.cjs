// Builds the production bundle the e2e tests open, unless DRAFTKIT_E2E_DIST names a build already made
// (.ci/run builds once and passes dist/). A fresh build keeps `npm test` from testing a stale dist/.
const { execFileSync } = require("node:child_process");
const { existsSync } = require("node:fs");
const path = require("node:path");

module.exports = async () => {
  const root = path.join(__dirname, "..", "..");
  const given = process.env.DRAFTKIT_E2E_DIST;
  if (given && existsSync(path.join(root, given, "preview.html"))) return;
  const out = ".e2e-build";
  execFileSync(process.execPath, [require.resolve("webpack/bin/webpack.js"), "--mode", "production", "--env", `outDir=${out}`], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  process.env.DRAFTKIT_E2E_DIST = out;
};
