// Offline manifest validation: xmllint against the XSDs in ../shared/manifest-schemas (the online
// `npm run validate` remains the authority where a network is available).
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const schemaDir = process.env.DRAFTKIT_SCHEMAS ?? `${root}/../shared/manifest-schemas`;
const schema = `${schemaDir}/OfficeAppManifestV1_1.xsd`;

// The offline schemas (about 2020) predate <Runtimes>, the shared runtime's element, which [MS-OWEMXML] now defines
// as the first child of a task pane VersionOverrides <Host>. Validation uses a temporary copy of the schemas with
// that one element added as the specification gives it; everything else is checked as published.
function withRuntimes(dir) {
  const file = "TaskPaneAppVersionOverridesV1_0.xsd";
  const xsd = readFileSync(join(dir, file), "utf8");
  if (xsd.includes('name="Runtimes"')) return dir;
  const host = '<xs:complexType name="Host" abstract="true">';
  const hostStart = xsd.indexOf(host);
  const seq = xsd.indexOf("<xs:sequence>", hostStart) + "<xs:sequence>".length;
  if (hostStart < 0 || seq < hostStart) throw new Error(`${file}: no abstract Host type to add <Runtimes> to`);
  const types = `
  <xs:complexType name="Runtimes"><xs:sequence minOccurs="1" maxOccurs="unbounded"><xs:element name="Runtime" type="Runtime" /></xs:sequence></xs:complexType>
  <xs:complexType name="Runtime">
    <xs:attribute name="resid" type="bt:ReferenceId" use="required" />
    <xs:attribute name="lifetime" use="optional"><xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="short" /><xs:enumeration value="long" /></xs:restriction></xs:simpleType></xs:attribute>
  </xs:complexType>
  `;
  const patched = `${xsd.slice(0, hostStart)}${types}${xsd.slice(hostStart, seq)}
      <xs:element name="Runtimes" type="Runtimes" minOccurs="0" maxOccurs="1" />${xsd.slice(seq)}`;
  const copy = mkdtempSync(join(tmpdir(), "draftkit-schemas-"));
  cpSync(dir, copy, { recursive: true });
  writeFileSync(join(copy, file), patched);
  return copy;
}

export function validateManifest(manifest = `${root}/manifest.xml`) {
  if (!existsSync(schema)) return { status: "skipped", reason: `schemas not found at ${schemaDir}` };
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
  } catch {
    return { status: "skipped", reason: "xmllint is not installed (Debian package libxml2-utils)" };
  }
  const dir = withRuntimes(schemaDir);
  try {
    const out = execFileSync("xmllint", ["--noout", "--schema", join(dir, "OfficeAppManifestV1_1.xsd"), manifest], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return { status: "valid", output: out };
  } catch (e) {
    return { status: "invalid", output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  } finally {
    if (dir !== schemaDir) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = validateManifest(process.argv[2]);
  if (r.status === "skipped") console.log(`manifest validation skipped: ${r.reason}`);
  else console.log(r.status === "valid" ? "manifest.xml validates against the offline schemas" : r.output);
  process.exit(r.status === "invalid" ? 1 : 0);
}
