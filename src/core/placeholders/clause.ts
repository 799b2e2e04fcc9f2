import type { Clause } from "./types";

const clauseBreak = /[。！？!?；;，,：:、]/;
const sentenceBreak = /[。！？!?；;]/;

function around(text: string, start: number, end: number, stop: RegExp): Clause {
  let s = start;
  while (s > 0 && !stop.test(text[s - 1] as string)) s -= 1;
  let e = end;
  while (e < text.length && !stop.test(text[e] as string)) e += 1;
  return { start: s, end: e, text: text.slice(s, e) };
}

export const clauseAround = (text: string, start: number, end: number): Clause => around(text, start, end, clauseBreak);
export const sentenceAround = (text: string, start: number, end: number): Clause => around(text, start, end, sentenceBreak);
