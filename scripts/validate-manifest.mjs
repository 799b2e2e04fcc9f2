// Offline manifest validation: xmllint against the XSDs in ../shared/manifest-schemas (the online
// `npm run validate` remains the authority where a network is available).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const schemaDir = process.env.DRAFTKIT_SCHEMAS ?? `${root}/../shared/manifest-schemas`;
const schema = `${schemaDir}/OfficeAppManifestV1_1.xsd`;

export function validateManifest(manifest = `${root}/manifest.xml`) {
  if (!existsSync(schema)) return { status: "skipped", reason: `schemas not found at ${schemaDir}` };
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
  } catch {
    return { status: "skipped", reason: "xmllint is not installed (Debian package libxml2-utils)" };
  }
  try {
    const out = execFileSync("xmllint", ["--noout", "--schema", schema, manifest], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return { status: "valid", output: out };
  } catch (e) {
    return { status: "invalid", output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = validateManifest(process.argv[2]);
  if (r.status === "skipped") console.log(`manifest validation skipped: ${r.reason}`);
  else console.log(r.status === "valid" ? "manifest.xml validates against the offline schemas" : r.output);
  process.exit(r.status === "invalid" ? 1 : 0);
}
