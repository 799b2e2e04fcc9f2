/** Relationships (.rels): which part a document's r:id or the package's officeDocument points to. */
import { type Package, entryText } from "./zip";
import { REL, type XmlDom } from "./xml";

export interface Relationship {
  id: string;
  /** the type's last path segment: "officeDocument", "header", "footer", "footnotes", "numbering", "styles"… */
  type: string;
  /** the zip entry it points to (internal targets only) */
  entry: string;
}

/** The .rels entry of a part: "word/document.xml" → "word/_rels/document.xml.rels"; the package's is "_rels/.rels". */
export function relsEntryOf(entry: string): string {
  const slash = entry.lastIndexOf("/");
  return `${entry.slice(0, slash + 1)}_rels/${entry.slice(slash + 1)}.rels`;
}

function resolve(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").filter((s) => s);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** Internal relationships of `relsEntry`, targets resolved against `baseDir` ("" for the package, "word" for word/…). */
export function readRels(pkg: Package, xml: XmlDom, relsEntry: string, baseDir: string): Relationship[] {
  const text = entryText(pkg, relsEntry);
  if (text === undefined) return [];
  const doc = xml.parse(text);
  return Array.from(doc.getElementsByTagNameNS(REL, "Relationship"))
    .filter((r) => r.getAttribute("TargetMode") !== "External")
    .map((r) => ({
      id: r.getAttribute("Id") ?? "",
      type: (r.getAttribute("Type") ?? "").split("/").pop() ?? "",
      entry: resolve(baseDir, r.getAttribute("Target") ?? ""),
    }));
}

/** The main document part (word/document.xml usually), from the package relationships. */
export function mainDocumentEntry(pkg: Package, xml: XmlDom): string | undefined {
  const rel = readRels(pkg, xml, "_rels/.rels", "").find((r) => r.type === "officeDocument");
  return rel?.entry;
}

export const dirOf = (entry: string): string => entry.slice(0, Math.max(0, entry.lastIndexOf("/")));
