import { width } from "./table";

/** Wraps text to `columns` terminal columns (CJK counts two), indenting continuation lines; never cuts a character. */
export function wrap(text: string, columns: number, indent: string): string {
  const lines: string[] = [];
  let line = "";
  let w = 0;
  const limit = Math.max(20, columns - width(indent));
  for (const ch of text) {
    const cw = width(ch);
    if (w + cw > limit && line.length > 0) {
      lines.push(line);
      line = "";
      w = 0;
    }
    line += ch;
    w += cw;
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines.map((l) => indent + l).join("\n");
}

/** The first `n` UTF-16 units of `s`, without splitting a surrogate pair. */
export function cut(s: string, n: number): string {
  if (s.length <= n) return s;
  const c = s.charCodeAt(n - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
}
