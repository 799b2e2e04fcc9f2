#!/usr/bin/env node
"use strict";
const path = require("node:path");
const fs = require("node:fs");

const cli = path.join(__dirname, "..", "build", "cli.cjs");
if (!fs.existsSync(cli)) {
  console.error("draftkit: the CLI is not built yet. Run `npm install` (or `npm run build:cli`) in the DraftKit folder.");
  process.exit(2);
}
require(cli)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code), (err) => {
    console.error(`draftkit: ${err && err.stack ? err.stack : err}`);
    process.exit(2);
  });
