import { width } from "./table";

/** Wraps text to `columns` terminal columns (CJK counts two), indenting continuation lines; never cuts a character
 * or a run of ASCII such as an option (--pick 1=…), unless the run alone is wider than a line. */
export function wrap(text: string, columns: number, indent: string): string {
  const lines: string[] = [];
  let line = "";
  let w = 0;
  const limit = Math.max(20, columns - width(indent));
  for (const token of text.match(/[\x21-\x7e]+|[\s\S]/gu) ?? []) {
    const tw = width(token);
    if (w + tw > limit && line.length > 0) {
      lines.push(line.trimEnd());
      line = "";
      w = 0;
      if (token === " ") continue;
    }
    if (tw > limit) {
      for (const ch of token) {
        if (w + 1 > limit) {
          lines.push(line);
          line = "";
          w = 0;
        }
        line += ch;
        w += 1;
      }
      continue;
    }
    line += token;
    w += tw;
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
