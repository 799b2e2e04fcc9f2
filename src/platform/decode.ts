/**
 * Text files from drafters' machines: UTF-8 with or without a BOM, UTF-16 with a BOM, or GBK/GB18030 as Excel saves
 * CSV on Chinese Windows. UTF-8 is tried first (strictly); a file that is not valid UTF-8 is read as GB18030 — unless
 * it is mostly valid UTF-8 byte sequences, which means UTF-8 and GBK text mixed in one file.
 */
export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; code: "bad_encoding" | "mixed_encoding"; message: string };

function utf8ShareOfHighBytes(bytes: Uint8Array): number {
  let high = 0;
  let inUtf8 = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i] as number;
    if (b < 0x80) continue;
    high += 1;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    if (b >= 0xe0 && b <= 0xef && b1 >= 0x80 && b1 <= 0xbf && b2 >= 0x80 && b2 <= 0xbf) {
      inUtf8 += 3;
      high += 2;
      i += 2;
    }
  }
  return high === 0 ? 0 : inUtf8 / high;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3)), encoding: "utf-8-bom" };
    } catch {
      return { ok: false, code: "bad_encoding", message: "文件标明为 UTF-8 但含有无效字节，请用 Excel“另存为 CSV UTF-8”后重试" };
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // not UTF-8: GBK as saved by Excel on Chinese Windows, unless UTF-8 and GBK are mixed
  }
  if (utf8ShareOfHighBytes(bytes) > 0.3) {
    return { ok: false, code: "mixed_encoding", message: "文件中混有 UTF-8 和 GBK 两种编码，无法可靠读取：请在表格软件中打开后整体“另存为 CSV UTF-8”" };
  }
  try {
    return { ok: true, text: new TextDecoder("gb18030", { fatal: true }).decode(bytes), encoding: "gb18030" };
  } catch {
    return { ok: false, code: "bad_encoding", message: "无法识别文件编码（既不是 UTF-8 也不是 GBK），请另存为 CSV UTF-8 后重试" };
  }
}
