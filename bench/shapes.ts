import { readFileSync } from "node:fs";
import { join } from "node:path";
import { splitLines } from "../src/core/document/snapshot";

/**
 * Hostile and unlucky inputs of a given size (in characters), each as the paragraphs of a plain-text draft. They are
 * the shapes that once made the scanner or the audit super-linear; the scaling bench and the fault test run them
 * at two sizes and compare the times.
 */
export interface Shape {
  id: string;
  /** what the shape stresses */
  about: string;
  lines(chars: number): string[];
}

const seedText = (): string =>
  ["000_44a230b6f9ec27ec.txt", "004_88f04c4c9db11306.txt"]
    .flatMap((f) => splitLines(readFileSync(join(__dirname, "..", "tests", "fixtures", "seeds", f), "utf8")))
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join("");

const repeatTo = (unit: string, chars: number): string => unit.repeat(Math.max(1, Math.ceil(chars / unit.length))).slice(0, chars);

/** Lines of about `width` characters made of `unit`, `chars` characters in all. */
const linesOf = (unit: string, chars: number, width: number): string[] => {
  const out: string[] = [];
  for (let n = 0; n < chars; n += width) out.push(repeatTo(unit, Math.min(width, chars - n)));
  return out;
};

let seedCache: string | undefined;

export const shapes: readonly Shape[] = [
  {
    id: "speech-one-line",
    about: "the two seed speeches repeated as one paragraph (realistic text with placeholders, no line breaks)",
    lines: (chars) => [repeatTo((seedCache ??= seedText()), chars)],
  },
  { id: "x-comma", about: "X，X，X，… in one paragraph: a clause per placeholder", lines: (chars) => [repeatTo("X，", chars)] },
  { id: "x-moumou", about: "X某某X某某… in one paragraph: marker and 某某 placeholders side by side", lines: (chars) => [repeatTo("X某某", chars)] },
  { id: "xxx-dash", about: "XXX-XXX-… in one paragraph: mask-like runs that are not masks", lines: (chars) => [repeatTo("XXX-", chars)] },
  {
    id: "point-count-doc",
    about: "a long speech whose every part announces “我讲三点意见” and numbers its headings",
    lines: (chars) => {
      const out: string[] = [];
      for (let n = 0, i = 0; n < chars; i += 1) {
        const line = i % 4 === 0 ? "下面，我讲三点意见。" : `${["一", "二", "三"][(i % 4) - 1] ?? "一"}、第${i}部分`;
        out.push(line);
        n += line.length;
      }
      return out;
    },
  },
  {
    id: "many-years",
    about: "one clause holding thousands of years after 力争 (stale-year)",
    lines: (chars) => [`力争${repeatTo("2019年2020年", chars - 2)}`],
  },
  {
    id: "quotes-then-spaces",
    about: "a paragraph of unclosed “ followed by a paragraph of spaces (paired-punctuation)",
    lines: (chars) => [repeatTo("“", Math.floor(chars / 2)), repeatTo(" ", Math.ceil(chars / 2))],
  },
  {
    id: "count-list",
    about: "新增X个充电桩、X个充电桩、… as one sentence: every figure opens a 、 item led by one verb (listLead)",
    lines: (chars) => [`新增${repeatTo("X个充电桩、", chars - 2)}`],
  },
  {
    id: "layout-spaces",
    about: "a PDF's layout spaces everywhere: 生 产 总 值 X 亿 元 ， 增 长 X % … in one paragraph (layoutSpaces)",
    lines: (chars) => [repeatTo("生 产 总 值 X 亿 元 ， 增 长 X % ， ", chars)],
  },
  {
    id: "spaces-lines",
    about: "many short lines of spaces, each after an unclosed “",
    lines: (chars) => linesOf("“ ", chars, 200).map((l, i) => (i % 2 === 0 ? l : repeatTo(" ", l.length))),
  },
];
