import { binaryByNul, sniffBinary } from "./sniff";

/**
 * Text files from drafters' machines: UTF-8 with or without a BOM, UTF-16 (with a BOM, or without one when the
 * text is mostly ASCII so its zero bytes show the byte order), or GBK/GB18030 as Excel and Notepad save on Chinese
 * Windows. UTF-8 is tried first (strictly); a file that is not valid UTF-8 is read as GB18030 — unless it is mostly
 * valid UTF-8 byte sequences, which means UTF-8 and GBK text mixed in one file. Binary files (a .docx, a PDF, an
 * image…) are refused with a message naming what they look like.
 */
export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

export type DecodeErrorCode = "bad_encoding" | "mixed_encoding" | "binary_file";

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; bom: boolean }
  | { ok: false; code: DecodeErrorCode; message: string; messageEn: string; looksLike?: string };

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

/** UTF-16 without a BOM: in mostly-ASCII text every other byte is zero, on the odd side (LE) or the even side (BE). */
function bomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero += 1;
    if (bytes[i + 1] === 0) oddZero += 1;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero === 0) return "utf-16le";
  if (evenZero > pairs * 0.3 && oddZero === 0) return "utf-16be";
  return undefined;
}

const ok = (text: string, encoding: Encoding, bom: boolean): Decoded => {
  const binary = binaryByNul(text);
  return binary ? { ok: false, code: "binary_file", message: binary.message, messageEn: binary.messageEn, looksLike: binary.code } : { ok: true, text, encoding, bom };
};

export function decodeText(bytes: Uint8Array): Decoded {
  const binary = sniffBinary(bytes);
  if (binary) return { ok: false, code: "binary_file", message: binary.message, messageEn: binary.messageEn, looksLike: binary.code };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return ok(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3)), "utf-8-bom", true);
    } catch {
      return { ok: false, code: "bad_encoding", message: "文件标明为 UTF-8 但含有无效字节，请用 Excel/记事本“另存为 UTF-8”后重试", messageEn: "The file is marked as UTF-8 but holds invalid bytes: in Excel or Notepad, \"Save As\" UTF-8 and try again" };
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return ok(new TextDecoder("utf-16le").decode(bytes.subarray(2)), "utf-16le", true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return ok(new TextDecoder("utf-16be").decode(bytes.subarray(2)), "utf-16be", true);
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return ok(new TextDecoder(utf16).decode(bytes), utf16, false);
  const nul = binaryByNul(bytes.subarray(0, 8192).includes(0) ? "\u0000" : "");
  if (nul) return { ok: false, code: "binary_file", message: nul.message, messageEn: nul.messageEn, looksLike: nul.code };
  try {
    return ok(new TextDecoder("utf-8", { fatal: true }).decode(bytes), "utf-8", false);
  } catch {
    // not UTF-8: GBK as saved by Excel on Chinese Windows, unless UTF-8 and GBK are mixed
  }
  if (utf8ShareOfHighBytes(bytes) > 0.3) {
    return { ok: false, code: "mixed_encoding", message: "文件中混有 UTF-8 和 GBK 两种编码，无法可靠读取：请在编辑软件中打开后整体“另存为 UTF-8”", messageEn: "The file mixes UTF-8 and GBK and cannot be read reliably: open it in an editor and \"Save As\" UTF-8 as a whole" };
  }
  try {
    return ok(new TextDecoder("gb18030", { fatal: true }).decode(bytes), "gb18030", false);
  } catch {
    return { ok: false, code: "bad_encoding", message: "无法识别文件编码（既不是 UTF-8 也不是 GBK），请另存为 UTF-8 后重试", messageEn: "The file's encoding is not known (neither UTF-8 nor GBK): save it as UTF-8 and try again" };
  }
}
