/**
 * Parser of the evaluation corpus format (tests/corpus/README.md): a header of `@key: value` lines ended by the first
 * empty line, then one paragraph per line with ⟦…⟧ around every placeholder, ⟦X=4.6⟧ for an expected fill and a
 * leading "! " for a defect line. Pure: the caller reads the files.
 */

export const KINDS = ["speech", "report", "summary", "duty-report", "notice", "holiday-notice", "certificate", "letter", "plan", "communique"] as const;
export type DocKind = (typeof KINDS)[number];

const REQUIRED = ["title", "source", "kind", "author"] as const;
const OPTIONAL = ["region", "year", "table", "note"] as const;
type Key = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

export interface Mark {
  paragraph: number;
  start: number;
  end: number;
  /** the placeholder as the draft shows it */
  text: string;
  /** the value the fill must write; undefined = the placeholder must stay blank (in a document with a table) */
  expected: string | undefined;
}

export interface CorpusDoc {
  id: string;
  title: string;
  source: string;
  kind: DocKind;
  author: string;
  region: string | undefined;
  year: number | undefined;
  table: string | undefined;
  note: string | undefined;
  /** the draft's paragraphs, markup removed */
  lines: string[];
  marks: Mark[];
  /** body line indexes the audit must flag: "! " lines and lines holding a placeholder */
  defects: Set<number>;
}

export interface CorpusError {
  code: string;
  message: string;
  file: string;
  /** 1-based line of the file */
  line: number;
  /** 1-based column (UTF-16 units) when the error sits at one place in the line */
  column?: number;
}

const OPEN = "⟦";
const CLOSE = "⟧";

interface LineMarks {
  text: string;
  marks: { start: number; end: number; text: string; value: string | undefined }[];
}

/** Strips the ⟦…⟧ markup of one body line; problems are pushed, never thrown. */
function parseLine(raw: string, err: (code: string, message: string, column: number) => void): LineMarks {
  let text = "";
  const marks: LineMarks["marks"] = [];
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i] as string;
    if (ch === CLOSE) {
      err("unbalanced_close", `多余的“${CLOSE}”：前面没有对应的“${OPEN}”，请删除它或补上“${OPEN}”`, i + 1);
      i += 1;
      continue;
    }
    if (ch !== OPEN) {
      text += ch;
      i += 1;
      continue;
    }
    const close = raw.indexOf(CLOSE, i + 1);
    const nextOpen = raw.indexOf(OPEN, i + 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      err(close < 0 ? "unbalanced_open" : "nested_mark", close < 0 ? `“${OPEN}”没有闭合：请在占位符后补上“${CLOSE}”` : `标记不能嵌套：请在第二个“${OPEN}”之前补上“${CLOSE}”`, i + 1);
      i += 1;
      continue;
    }
    const inner = raw.slice(i + 1, close);
    const eq = inner.indexOf("=");
    const ph = eq < 0 ? inner : inner.slice(0, eq);
    const value = eq < 0 ? undefined : inner.slice(eq + 1);
    if (ph === "") err("empty_mark", `空标记：“${OPEN}${CLOSE}”之间应写占位符原文`, i + 1);
    if (value === "") err("empty_value", `“=”后没有值：写出应填入的文字，或删掉“=”表示应留空`, i + 1);
    marks.push({ start: text.length, end: text.length + ph.length, text: ph, value });
    text += ph;
    i = close + 1;
  }
  return { text, marks };
}

function parseHeader(lines: readonly string[], err: (code: string, message: string, line: number) => void): { fields: Map<Key, string>; bodyStart: number } {
  const fields = new Map<Key, string>();
  const keys: readonly string[] = [...REQUIRED, ...OPTIONAL];
  let n = 0;
  for (; n < lines.length && lines[n] !== ""; n += 1) {
    const m = /^@([a-z]+):\s*(.*)$/.exec(lines[n] as string);
    if (!m) {
      err("bad_header_line", "文件头每行应为“@键: 值”，并以一个空行结束；请检查是否漏了空行", n + 1);
      continue;
    }
    const key = m[1] as string;
    const value = (m[2] as string).trim();
    if (!keys.includes(key)) err("unknown_key", `未知的键“@${key}”：可用 ${keys.map((k) => `@${k}`).join(" ")}`, n + 1);
    else if (fields.has(key as Key)) err("duplicate_key", `“@${key}”重复出现：只保留一行`, n + 1);
    else if (value === "") err("empty_key", `“@${key}”没有值：请填写或删除这一行`, n + 1);
    else fields.set(key as Key, value);
  }
  if (n >= lines.length) err("missing_body", "文件头后没有空行和正文：请在文件头后空一行再写正文", lines.length);
  return { fields, bodyStart: n + 1 };
}

/** Parses one corpus document; `doc` is present only when there is no error. */
export function parseCorpusDoc(file: string, content: string): { doc?: CorpusDoc; errors: CorpusError[] } {
  const errors: CorpusError[] = [];
  const id = file.replace(/^.*[\\/]/, "").replace(/\.txt$/, "");
  const raw = (content.startsWith("\uFEFF") ? content.slice(1) : content).split(/\r\n|\n|\r/);
  if (raw.length > 1 && raw[raw.length - 1] === "") raw.pop();
  const { fields, bodyStart } = parseHeader(raw, (code, message, line) => errors.push({ code, message, file, line }));
  for (const k of REQUIRED) if (!fields.has(k)) errors.push({ code: "missing_key", message: `缺少“@${k}”：每篇文档都要写明 ${REQUIRED.map((x) => `@${x}`).join(" ")}`, file, line: 1 });
  const kind = fields.get("kind");
  if (kind !== undefined && !(KINDS as readonly string[]).includes(kind)) errors.push({ code: "bad_kind", message: `“@kind: ${kind}”不是可用的类型：${KINDS.join(" | ")}`, file, line: 1 });
  const year = fields.get("year");
  if (year !== undefined && !/^\d{4}$/.test(year)) errors.push({ code: "bad_year", message: `“@year: ${year}”应为四位年份，如 2024`, file, line: 1 });
  const table = fields.get("table");

  const lines: string[] = [];
  const marks: Mark[] = [];
  const defects = new Set<number>();
  raw.slice(bodyStart).forEach((line, paragraph) => {
    const fileLine = bodyStart + paragraph + 1;
    const defect = line.startsWith("! ");
    const parsed = parseLine(defect ? line.slice(2) : line, (code, message, column) => errors.push({ code, message, file, line: fileLine, column: column + (defect ? 2 : 0) }));
    lines.push(parsed.text);
    if (defect || parsed.marks.length > 0) defects.add(paragraph);
    for (const m of parsed.marks) {
      if (m.value !== undefined && table === undefined) {
        errors.push({ code: "value_without_table", message: `“${m.text}=${m.value}”写了应填值，但文件头没有“@table”：请加上指标表或删掉“=${m.value}”`, file, line: fileLine });
      }
      marks.push({ paragraph, start: m.start, end: m.end, text: m.text, expected: m.value });
    }
  });
  if (lines.length === 0) errors.push({ code: "empty_body", message: "正文是空的：请在文件头和空行之后写入文档正文", file, line: raw.length });
  if (errors.length > 0) return { errors };
  const opt = (k: Key) => fields.get(k);
  return {
    errors,
    doc: {
      id,
      title: opt("title") as string,
      source: opt("source") as string,
      kind: kind as DocKind,
      author: opt("author") as string,
      region: opt("region"),
      year: year === undefined ? undefined : Number(year),
      table,
      note: opt("note"),
      lines,
      marks,
      defects,
    },
  };
}

/** traps.txt: every non-empty line that is not a `#` comment is one trap sentence; returns them with their file line. */
export function parseTraps(content: string): { line: number; text: string }[] {
  const raw = (content.startsWith("\uFEFF") ? content.slice(1) : content).split(/\r\n|\n|\r/);
  return raw.flatMap((text, i) => (text.trim() === "" || text.startsWith("#") ? [] : [{ line: i + 1, text }]));
}
