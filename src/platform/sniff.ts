/**
 * What a file that is not plain text looks like, from its first bytes — so a refusal can say "this is a Word
 * document" rather than "bad encoding". Returns undefined for anything that may be text.
 */
export interface BinaryKind {
  code: "docx" | "xlsx" | "zip" | "pdf" | "ole" | "image" | "rtf" | "binary";
  /** zh-CN */
  message: string;
  /** the same message in en-US */
  messageEn: string;
}

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean => sig.every((b, i) => bytes[at + i] === b);

const ascii = (bytes: Uint8Array, max: number): string => {
  let s = "";
  const n = Math.min(bytes.length, max);
  for (let i = 0; i < n; i += 1) s += String.fromCharCode(bytes[i] as number);
  return s;
};

export function sniffBinary(bytes: Uint8Array): BinaryKind | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    // A zip: the entry names (stored uncompressed in each local header) say whether it is a Word or Excel file.
    const head = ascii(bytes, 64 * 1024);
    if (head.includes("word/")) {
      return { code: "docx", message: "这是 Word 文档（.docx），不是纯文本：请在 Word 中“另存为”纯文本（.txt，UTF-8）后再处理", messageEn: "This is a Word document (.docx), not plain text: in Word, \"Save As\" plain text (.txt, UTF-8) first" };
    }
    if (head.includes("xl/")) return { code: "xlsx", message: "这是 Excel 工作簿（.xlsx），不是文稿：指标表请用 --table 指定", messageEn: "This is an Excel workbook (.xlsx), not a draft: give an indicator table with --table, or import it as .xlsx" };
    return { code: "zip", message: "这是 zip 压缩包，不是纯文本：请解压后指定其中的 .txt 文稿", messageEn: "This is a zip archive, not plain text: unzip it and use the .txt draft inside" };
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    return { code: "pdf", message: "这是 PDF 文件，不是纯文本：请用原始的 Word 文稿“另存为”纯文本（.txt）后再处理", messageEn: "This is a PDF file, not plain text: \"Save As\" plain text (.txt) from the original Word draft first" };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { code: "ole", message: "这是旧版 Word/Excel 文件（.doc/.xls）：请在 Word 中“另存为”纯文本（.txt，UTF-8）后再处理", messageEn: "This is an old Word/Excel file (.doc/.xls): in Word or Excel, \"Save As\" a current format (.txt UTF-8, .csv or .xlsx) first" };
  }
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) ||
    startsWith(bytes, [0x42, 0x4d]) && bytes.length > 14 && bytes[6] === 0 && bytes[7] === 0 ||
    startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)
  ) {
    return { code: "image", message: "这是图片文件，不是文稿：DraftKit 只处理文字，请提供 .txt 纯文本", messageEn: "This is an image, not a draft: DraftKit reads text only; give a plain .txt file" };
  }
  if (ascii(bytes, 6) === "{\\rtf1") {
    return { code: "rtf", message: "这是 RTF 格式文档：请在 Word 中“另存为”纯文本（.txt，UTF-8）后再处理", messageEn: "This is an RTF document: in Word, \"Save As\" plain text (.txt, UTF-8) first" };
  }
  return undefined;
}

/** A NUL in text that is not UTF-16: a binary file of a kind not recognised above. */
export const binaryByNul = (text: string): BinaryKind | undefined =>
  text.includes("\u0000") ? { code: "binary", message: "这不是文本文件（含有二进制数据）：请提供 .txt 纯文本（UTF-8、GBK 或 UTF-16）", messageEn: "This is not a text file (it holds binary data): give plain text (UTF-8, GBK or UTF-16)" } : undefined;
