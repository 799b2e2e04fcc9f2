import { readFile, stat } from "node:fs/promises";
import { bundledTable } from "../core/table/bundled";
import type { IndicatorTable } from "../core/table/schema";
import { MAX_TABLE_BYTES, importTable, tooLargeMessage } from "../platform/tableFiles";
import type { Io } from "./io";

/** `--table FILE|builtin`: the table, or undefined after every problem was written to stderr. */
export async function loadTable(path: string, io: Io, command: string): Promise<IndicatorTable | undefined> {
  if (path === "builtin") return bundledTable;
  let bytes: Uint8Array;
  try {
    // The size is checked before reading: a 200 MB file is refused without holding it in memory.
    const { size, isDirectory } = await stat(path).then((s) => ({ size: s.size, isDirectory: s.isDirectory() }));
    if (isDirectory) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (size > MAX_TABLE_BYTES) {
      io.err(`${command}: 指标表 ${path}：${tooLargeMessage(size)}，未做任何填充\n`);
      return undefined;
    }
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹" : code === "EACCES" ? "没有读取权限" : `读取失败（${code ?? String(e)}）`;
    io.err(`${command}: 无法读取指标表 ${path}：${why}\n`);
    return undefined;
  }
  const r = await importTable(bytes, path);
  if (r.ok) return r.value;
  io.err(`${command}: 指标表 ${path} 有 ${r.errors.length} 处错误，未做任何填充：\n`);
  for (const e of r.errors) io.err(`  ${e.row ? `第 ${e.row} 行` : ""}${e.column ? `「${e.column}」` : ""} [${e.code}] ${e.message}\n`);
  return undefined;
}
