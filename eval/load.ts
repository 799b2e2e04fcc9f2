import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import type { IndicatorTable } from "../src/core/table/schema";
import { importTable } from "../src/platform/tableFiles";
import { type CorpusDoc, type CorpusError, parseCorpusDoc, parseTraps } from "./corpus";

export interface LoadedDoc {
  doc: CorpusDoc;
  /** the indicator table named by @table, loaded through the project's own importer */
  table: IndicatorTable | undefined;
  /** where that table is, for scoring through the command line */
  tablePath: string | undefined;
}

export interface LoadedCorpus {
  docs: LoadedDoc[];
  traps: { line: number; text: string }[];
  errors: CorpusError[];
}

/** tests/corpus, found from eval/ and from the bundle run-ts.mjs writes into .bench/ (both one level below the root). */
export const corpusRoot = join(__dirname, "..", "tests", "corpus");

async function loadTable(root: string, doc: CorpusDoc, errors: CorpusError[]): Promise<IndicatorTable | undefined> {
  if (doc.table === undefined) return undefined;
  const path = join(root, "tables", doc.table);
  const file = `docs/${doc.id}.txt`;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "文件不存在" : String(e);
    errors.push({ code: "table_unreadable", message: `无法读取指标表 tables/${doc.table}（${why}）：检查“@table”的文件名`, file, line: 1 });
    return undefined;
  }
  const r = await importTable(bytes, doc.table);
  if (r.ok) return r.value;
  for (const e of r.errors) {
    errors.push({ code: "table_invalid", message: `指标表 tables/${doc.table}${e.row ? ` 第 ${e.row} 行` : ""}${e.column ? `「${e.column}」` : ""}：[${e.code}] ${e.message}`, file, line: 1 });
  }
  return undefined;
}

/** Reads every document (docs/*.txt, in name order), its table, and traps.txt; every problem is collected. */
export async function loadCorpus(root: string = corpusRoot): Promise<LoadedCorpus> {
  const errors: CorpusError[] = [];
  const names = (await readdir(join(root, "docs"))).filter((n) => n.endsWith(".txt")).sort();
  const docs: LoadedDoc[] = [];
  for (const name of names) {
    const parsed = parseCorpusDoc(`docs/${name}`, await readFile(join(root, "docs", name), "utf8"));
    errors.push(...parsed.errors);
    if (!parsed.doc) continue;
    const table = await loadTable(root, parsed.doc, errors);
    const tablePath = parsed.doc.table === undefined ? undefined : join(root, "tables", parsed.doc.table);
    if (parsed.doc.table === undefined || table) docs.push({ doc: parsed.doc, table, tablePath });
  }
  let traps: { line: number; text: string }[] = [];
  try {
    traps = parseTraps(await readFile(join(root, "traps.txt"), "utf8"));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  return { docs, traps, errors };
}
