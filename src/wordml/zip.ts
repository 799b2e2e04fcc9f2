/**
 * The .docx package: its zip entries as bytes, kept in their order so that a rewritten package holds every entry
 * it did not change byte for byte (fflate; no hand-written zip code).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

export interface Package {
  /** entry name → uncompressed bytes, in the archive's order */
  entries: Map<string, Uint8Array>;
}

export function openPackage(bytes: Uint8Array): Package {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    throw new Error(`zip 结构无效：${e instanceof Error ? e.message : String(e)}`);
  }
  return { entries: new Map(Object.entries(files)) };
}

export function savePackage(pkg: Package): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of pkg.entries) files[name] = [data, { level: name.endsWith(".xml") || name.endsWith(".rels") ? 6 : 0 }];
  return zipSync(files);
}

/** An entry's text (UTF-8, BOM dropped), or undefined when absent. */
export function entryText(pkg: Package, name: string): string | undefined {
  const data = pkg.entries.get(name);
  if (!data) return undefined;
  const text = strFromU8(data);
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

export const textBytes = (text: string): Uint8Array => strToU8(text);
