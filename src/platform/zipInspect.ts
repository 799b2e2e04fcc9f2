import { Inflate } from "fflate";

/**
 * Checks an .xlsx (a zip) before exceljs sees it: every entry is inflated in small steps with a running byte count,
 * and the first limit passed stops the work — so a 256 KB file that inflates to 256 MB is refused after inflating
 * a little over the limit, holding one step in memory. Counts rows (<row), cells (<c) and shared strings (<si) on
 * the way, since exceljs would build an object for each.
 */
export const xlsxLimits = {
  /** all entries together, inflated */
  totalBytes: 64 * 1024 * 1024,
  /** xl/sharedStrings.xml, inflated */
  sharedStringsBytes: 16 * 1024 * 1024,
  sharedStrings: 1_000_000,
  rows: 100_000,
  cells: 1_000_000,
  entries: 2_000,
};

export type ZipProblem = { code: "xlsx_too_large" | "too_many_rows" | "too_many_cells" | "bad_xlsx"; message: string; messageEn: string; inflated: number };

/** A broken or unsupported zip, in zh-CN and en-US. */
type Broken = { zh: string; en: string };

interface Entry {
  name: string;
  method: number;
  compressed: number;
  local: number;
}

const u16 = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number): number => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;

function centralDirectory(b: Uint8Array): Entry[] | Broken {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65557); i -= 1) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { zh: "不是有效的 .xlsx 文件（找不到 zip 目录）", en: "Not a valid .xlsx file (no zip directory found)" };
  const count = u16(b, eocd + 10);
  let at = u32(b, eocd + 16);
  if (count === 0xffff || at === 0xffffffff) return { zh: "文件使用 zip64 格式，超出指标表的大小上限", en: "The file uses the zip64 format, beyond the indicator table's size limit" };
  if (count > xlsxLimits.entries) return { zh: `文件含 ${count} 个部件，超过上限 ${xlsxLimits.entries}`, en: `The file has ${count} parts, over the limit of ${xlsxLimits.entries}` };
  const entries: Entry[] = [];
  for (let k = 0; k < count; k += 1) {
    if (u32(b, at) !== 0x02014b50) return { zh: "不是有效的 .xlsx 文件（zip 目录损坏）", en: "Not a valid .xlsx file (its zip directory is damaged)" };
    const nameLen = u16(b, at + 28);
    const name = new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLen));
    entries.push({ name, method: u16(b, at + 10), compressed: u32(b, at + 20), local: u32(b, at + 42) });
    at += 46 + nameLen + u16(b, at + 30) + u16(b, at + 32);
  }
  return entries;
}

/**
 * Counts openings of one tag (<row, <x:row …) in a stream of chunks, including one cut across two chunks. Works on
 * the bytes: the native indexOf finds each "<", so text without tags (a bomb's AAAA…) costs almost nothing.
 */
class TagCounter {
  count = 0;
  private carry = new Uint8Array(0);
  private readonly name: Uint8Array;
  constructor(tag: string) {
    this.name = new TextEncoder().encode(tag);
  }
  feed(chunk: Uint8Array): void {
    const buf = this.carry.length === 0 ? chunk : concat(this.carry, chunk);
    const keep = 24;
    const limit = buf.length - keep;
    let i = buf.indexOf(0x3c);
    while (i >= 0 && i < limit) {
      if (this.opensAt(buf, i + 1)) this.count += 1;
      i = buf.indexOf(0x3c, i + 1);
    }
    // The last bytes may hold a tag cut in two: they are looked at again with the next chunk.
    const from = i >= 0 ? i : Math.max(0, limit);
    this.carry = buf.slice(Math.max(from, buf.length - keep));
  }
  /** After the last chunk: tags in the carried bytes. */
  end(): void {
    let i = this.carry.indexOf(0x3c);
    while (i >= 0) {
      if (this.opensAt(this.carry, i + 1)) this.count += 1;
      i = this.carry.indexOf(0x3c, i + 1);
    }
    this.carry = new Uint8Array(0);
  }
  private opensAt(b: Uint8Array, at: number): boolean {
    // an optional namespace prefix of lowercase letters and digits (x:), then the name, then whitespace, > or /
    let j = at;
    for (let k = at; k < at + 12 && k < b.length; k += 1) {
      const c = b[k] as number;
      if (c === 0x3a) {
        if (k > at) j = k + 1;
        break;
      }
      if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) break;
    }
    for (let k = 0; k < this.name.length; k += 1) if (b[j + k] !== this.name[k]) return false;
    const next = b[j + this.name.length];
    return next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const STEP = 4096;

/** Undefined when the workbook is within every limit; otherwise the first limit it passes. */
export function inspectXlsx(bytes: Uint8Array): ZipProblem | undefined {
  const dir = centralDirectory(bytes);
  if (!Array.isArray(dir)) return { code: "bad_xlsx", message: dir.zh, messageEn: dir.en, inflated: 0 };
  let total = 0;
  const mb = (n: number): string => `${Math.round(n / 1048576)} MB`;
  for (const e of dir) {
    const start = e.local + 30 + u16(bytes, e.local + 26) + u16(bytes, e.local + 28);
    if (u32(bytes, e.local) !== 0x04034b50 || start + e.compressed > bytes.length) return { code: "bad_xlsx", message: `不是有效的 .xlsx 文件（部件 ${e.name} 损坏）`, messageEn: `Not a valid .xlsx file (the part ${e.name} is damaged)`, inflated: total };
    const isShared = /sharedStrings\d*\.xml$/i.test(e.name);
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name);
    const rows = new TagCounter("row");
    const cells = new TagCounter("c");
    const strings = new TagCounter("si");
    let entryBytes = 0;
    let problem: ZipProblem | undefined;
    const counted = (): ZipProblem | undefined => {
      if (strings.count > xlsxLimits.sharedStrings) return { code: "too_many_cells", message: `文件含超过 ${xlsxLimits.sharedStrings} 个不同的文字：请删去无关内容后另存为新的 .xlsx`, messageEn: `The file holds over ${xlsxLimits.sharedStrings} different texts: remove unrelated content and save it as a new .xlsx`, inflated: total };
      if (rows.count > xlsxLimits.rows + 1) return { code: "too_many_rows", message: `工作表超过 ${xlsxLimits.rows} 行：请拆分后导入`, messageEn: `The worksheet has over ${xlsxLimits.rows} rows: split it before importing`, inflated: total };
      if (cells.count > xlsxLimits.cells) return { code: "too_many_cells", message: `工作表超过 ${xlsxLimits.cells} 个单元格：请删去无关的行和列后导入`, messageEn: `The worksheet has over ${xlsxLimits.cells} cells: remove the unrelated rows and columns, then import it`, inflated: total };
      return undefined;
    };
    const take = (chunk: Uint8Array): void => {
      if (problem) return;
      total += chunk.length;
      entryBytes += chunk.length;
      if (total > xlsxLimits.totalBytes) problem = { code: "xlsx_too_large", message: `解压后超过 ${mb(xlsxLimits.totalBytes)}（可能是“压缩炸弹”或含大量无关内容）：请只保留指标表并另存为新的 .xlsx`, messageEn: `Unpacked, the file is over ${mb(xlsxLimits.totalBytes)} (a "zip bomb", or much unrelated content): keep only the indicator table and save it as a new .xlsx`, inflated: total };
      else if (isShared && entryBytes > xlsxLimits.sharedStringsBytes) problem = { code: "xlsx_too_large", message: `共享字符串部分解压后超过 ${mb(xlsxLimits.sharedStringsBytes)}：请删去无关内容后另存为新的 .xlsx`, messageEn: `Unpacked, the shared strings are over ${mb(xlsxLimits.sharedStringsBytes)}: remove unrelated content and save it as a new .xlsx`, inflated: total };
      else {
        if (isShared) strings.feed(chunk);
        if (isSheet) {
          rows.feed(chunk);
          cells.feed(chunk);
        }
        problem = counted();
      }
    };
    const data = bytes.subarray(start, start + e.compressed);
    if (e.method === 0) take(data);
    else if (e.method === 8) {
      const inflate = new Inflate((chunk) => take(chunk));
      try {
        for (let i = 0; i < data.length && !problem; i += STEP) inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
      } catch (err) {
        return { code: "bad_xlsx", message: `不是有效的 .xlsx 文件（部件 ${e.name} 无法解压：${err instanceof Error ? err.message : String(err)}）`, messageEn: `Not a valid .xlsx file (the part ${e.name} cannot be unpacked: ${err instanceof Error ? err.message : String(err)})`, inflated: total };
      }
    } else return { code: "bad_xlsx", message: `部件 ${e.name} 使用了不支持的压缩方式 ${e.method}：请在 Excel 中另存为 .xlsx`, messageEn: `The part ${e.name} uses an unsupported compression method ${e.method}: save it as .xlsx in Excel`, inflated: total };
    if (problem) return problem;
    for (const counter of [rows, cells, strings]) counter.end();
    problem = counted();
    if (problem) return problem;
  }
  return undefined;
}
