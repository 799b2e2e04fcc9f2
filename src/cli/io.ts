import { readFile } from "node:fs/promises";
import { splitLines } from "../core/document/snapshot";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** Reads a .txt draft (UTF-8, one paragraph per line); a missing or unreadable file is a clear message. */
export async function readDraft(file: string, io: Io): Promise<string[] | undefined> {
  try {
    return splitLines(await readFile(file, "utf8"));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "文件不存在 (file not found)" : code === "EISDIR" ? "这是一个文件夹 (is a directory)" : String(e);
    io.err(`draftkit: 无法读取 ${file}：${why}\n`);
    return undefined;
  }
}

