import { randomBytes } from "node:crypto";
import { promises as fsp } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/**
 * Every file the CLI writes goes through here: a temp file in the target's folder, fsync, rename — so a full disk
 * or a crash leaves the old file whole. An output that is one of the inputs (same path after symlinks, or the same
 * device and inode, which catches hard links) is refused unless it is explicitly allowed (`--in-place`).
 * Non-regular targets (/dev/stdout, a FIFO) cannot be renamed over and are written directly.
 */
export type WriteOutcome = { ok: true; path: string } | { ok: false; code: WriteErrorCode; message: string };

export type WriteErrorCode = "output_is_input" | "no_folder" | "no_permission" | "read_only" | "disk_full" | "is_directory" | "write_failed";

export interface WriteOptions {
  /** files read by the command (draft, table…): the output may not be any of them */
  inputs: readonly string[];
  /** inputs that may be overwritten (the draft under --in-place) */
  allowOverwrite?: readonly string[];
  /** file-system calls, replaceable in tests to simulate errors the test machine cannot produce */
  fs?: Pick<typeof fsp, "open" | "rename" | "unlink" | "stat" | "realpath" | "chmod">;
}

interface Identity {
  real: string;
  dev?: number;
  ino?: number;
}

async function identity(path: string, fs: NonNullable<WriteOptions["fs"]>): Promise<Identity> {
  try {
    const real = await fs.realpath(path);
    const st = await fs.stat(real);
    return { real, dev: st.dev, ino: st.ino };
  } catch {
    // Not there yet: resolve the folder (it may be a symlink) and keep the name.
    try {
      return { real: join(await fs.realpath(dirname(resolve(path))), basename(path)) };
    } catch {
      return { real: resolve(path) };
    }
  }
}

const same = (a: Identity, b: Identity): boolean => a.real === b.real || (a.ino !== undefined && a.dev === b.dev && a.ino === b.ino && a.ino !== 0);

function describe(code: string | undefined, path: string): { code: WriteErrorCode; why: string } {
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return { code: "no_folder", why: `文件夹 ${dirname(resolve(path))} 不存在，请先建好文件夹或换一个路径` };
    case "EACCES":
    case "EPERM":
      return { code: "no_permission", why: "没有写入权限，请换一个有权限的文件夹" };
    case "EROFS":
      return { code: "read_only", why: "该位置是只读的，请换一个可写的文件夹" };
    case "ENOSPC":
    case "EDQUOT":
      return { code: "disk_full", why: "磁盘空间不足，请清理磁盘或换一个位置" };
    case "EISDIR":
      return { code: "is_directory", why: "这是一个文件夹，请在路径末尾写上文件名" };
    default:
      return { code: "write_failed", why: `写入失败（${code ?? "未知错误"}）` };
  }
}

export async function writeSafely(path: string, bytes: Uint8Array, options: WriteOptions): Promise<WriteOutcome> {
  const fs = options.fs ?? fsp;
  const target = await identity(path, fs);
  const allowed = await Promise.all((options.allowOverwrite ?? []).map((p) => identity(p, fs)));
  for (const input of options.inputs) {
    const id = await identity(input, fs);
    if (same(target, id) && !allowed.some((a) => same(a, id))) {
      return { ok: false, code: "output_is_input", message: `无法写入 ${path}：它就是输入文件 ${input}，写入会覆盖原文。请换一个输出文件名${options.allowOverwrite ? "（确要覆盖文稿请加 --in-place）" : ""}（未改动任何文件）` };
    }
  }
  let existing: Awaited<ReturnType<typeof fsp.stat>> | undefined;
  try {
    existing = await fs.stat(target.real);
  } catch {
    existing = undefined;
  }
  const fail = (e: unknown): WriteOutcome => {
    const d = describe((e as NodeJS.ErrnoException | undefined)?.code, path);
    return { ok: false, code: d.code, message: `无法写入 ${path}：${d.why}（原有文件未改动）` };
  };
  if (existing?.isDirectory()) return fail({ code: "EISDIR" });
  if (existing && !existing.isFile()) {
    // A device or pipe: no rename possible, write straight through.
    try {
      const h = await fs.open(target.real, "w");
      try {
        await h.writeFile(bytes);
      } finally {
        await h.close();
      }
      return { ok: true, path };
    } catch (e) {
      return fail(e);
    }
  }
  const temp = join(dirname(target.real), `.${basename(target.real)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let created = false;
  try {
    const h = await fs.open(temp, "wx", existing ? existing.mode & 0o777 : 0o666);
    created = true;
    try {
      await h.writeFile(bytes);
      await h.sync();
    } finally {
      await h.close();
    }
    if (existing) await fs.chmod(temp, existing.mode & 0o7777);
    await fs.rename(temp, target.real);
    return { ok: true, path };
  } catch (e) {
    const outcome = fail(e);
    if (!created || outcome.ok) return outcome;
    try {
      await fs.unlink(temp);
      return outcome;
    } catch {
      return { ...outcome, message: `${outcome.message}；临时文件 ${temp} 未能删除，可手动删去` };
    }
  }
}
