import { MARKERS, TECH_TERMS, UNITS, longestPrefix } from "./lexicon";

/**
 * Marker tokens: maximal runs of digits, dots and marker characters that hold at least one marker
 * ("X", "XX", "95X", "X.X", "20XX"). Boundary rules, in the order they are applied:
 *  1. Latin words: a token touching an ASCII letter is part of a word (XML, Excel, Xbox, Windows XP, XGA), a token
 *     separated by one space from a Latin word is a product name (iPhone X), and a token joined by a hyphen to a
 *     Latin word is part of a compound (X-Men, X-ray) — not a placeholder.
 *  2. Multiplication: × or x between digits (3×4米, 2 x 3) is an operator — not a placeholder.
 *  3. Technical terms: a single marker followed by 射线, 光, 轴, 型, 线… (X射线, X光) — not a placeholder.
 *  4. Dots belong to a token only between two of its characters (X.X%), never at its ends (句末的 X.).
 *  5. The spaced technical term: a single marker, one space, then 射线/光… (“x 射线”, “X 光”) — not a placeholder.
 *  6. Model codes: a token that starts with a marker and ends in two or more digits (X86, X200) names a product;
 *     drafters write the known digits first and the unknown ones last (95X, 20XX).
 *  7. Dimensions: a marker between a digit-and-unit pair on both sides (5m×3m×2m, 3×4米) is a multiplication sign;
 *     rules 1 and 2 already cover both forms, and tests hold them. So is a × between dimension words (长×宽×高).
 *  8. Letters in a list of Latin letters or codes (IX、X、XI；XX是女性、XY是男性；X/O型腿): the list item beside it
 *     holds a Latin letter other than x — not a placeholder.
 *  9. A run of markers before 染色体 (XX染色体) is the genetic term.
 * 10. The small Roman numeral ⅹ stands in for x only doubled (关于ⅹⅹ的倡议书); alone it is the numeral ten.
 * 11. A sentence speaking of letters, numerals or genes (字母, 罗马数字, 染色体, 核型) writes the letter itself:
 *     “X的力量超过一切字母”, 性染色体是XX, 46XX — no marker in it is a placeholder.
 * 12. A letter being explained or drawn: a single marker in quotes followed by a technical term or 形 (“X”形,
 *     “X”型), or a single marker (quoted or not) followed by 代表/表示 and a number or kind (“X”代表罗马数字10,
 *     x代表數字10, “X”常用于表示…) — not a placeholder.
 * 13. A product series: a sentence that also names a sibling model written as X and one capital (XR, XS; not XML)
 *     uses a bare X as that model's short name (XR提供六种配色，X则限于…) — not a placeholder.
 * 14. Coordinates and variables: a lone lowercase x in a sentence that also writes a lone lowercase y ((x,y),
 *     x>0, y<0) is a variable — not a placeholder. Drafters write X; a lone y beside a lone x is mathematics.
 * 15. A short model code: a marker and one digit (宝马X5, X3在国产时), or three or more digits and a final X (锐龙9
 *     7950X), with no unit after it names a product; a drafter's X5万人, X5个 or 95X项 keeps its unit.
 * 16. A product or platform called X: a lone marker right after 平台, 品牌, 系列 or 公司 (社交媒体平台X), or right before
 *     产品线, 系列 or 平台, or in a sentence naming Twitter/推特 (X is its new name) or its owner 马斯克 — not a placeholder.
 * Full-width digits count as digits. The Roman numeral Ⅹ is not a marker, so “第Ⅹ章” is never reported.
 */

export interface MarkerToken {
  start: number;
  end: number;
  text: string;
  /** digits appear beside markers (95X, 20XX, X.X) */
  mixed: boolean;
}

const isMarker = (c: string | undefined): boolean => c !== undefined && c.length === 1 && MARKERS.includes(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && /[0-9０-９]/.test(c);
const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);

function trimDots(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[.．]/.test(text[s] as string)) s += 1;
  while (e > s && /[.．]/.test(text[e - 1] as string)) e -= 1;
  return [s, e];
}

function touchesLatinWord(text: string, start: number, end: number): boolean {
  if (isLatin(text[start - 1]) || isLatin(text[end])) return true;
  if (text[start - 1] === " " && isLatin(text[start - 2])) return true;
  if (text[end] === " " && isLatin(text[end + 1])) return true;
  // X-Men, X-ray: the word after the hyphen holds a letter other than x (XX-XX岁 is a range of two blanks).
  return (text[end] === "-" && /^[A-Za-z]*[A-WYZa-wyz]/.test(text.slice(end + 1, end + 12))) || (text[start - 1] === "-" && /[A-WYZa-wyz][A-Za-z]*$/.test(text.slice(Math.max(0, start - 12), start - 1)));
}

/** 3×4, 2 x 3: a marker with a digit (optionally one space away) on each side is a multiplication sign. */
function isMultiplication(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    if (!isMarker(text[i])) continue;
    const before = text[i - 1] === " " ? text[i - 2] : text[i - 1];
    const after = text[i + 1] === " " ? text[i + 2] : text[i + 1];
    if (isDigit(before) && isDigit(after)) return true;
  }
  return false;
}

/** A neighbouring list item (across 、，/ or 和) made of Latin letters, one of them not an x. */
function inLatinList(text: string, start: number, end: number): boolean {
  const before = /(?:^|[^A-Za-z])([A-Za-z]+)\s*(?:[、，,/]|和)\s*$/.exec(text.slice(Math.max(0, start - 12), start));
  const after = /^\s*(?:[、，,/]|和)\s*([A-Za-z]+)(?![A-Za-z])/.exec(text.slice(end, end + 12));
  return [before?.[1], after?.[1]].some((w) => w !== undefined && /[A-WYZa-wyz]/.test(w));
}

const letterTopic = /字母|罗马数字|羅馬數字|染色体|染色體|核型/;

interface Sentence {
  a: number;
  b: number;
  letters: boolean;
  /** rule 13: a sibling model (XR, XS) is named in the sentence */
  series: boolean;
  /** rule 14: a lone lowercase y is written in the sentence */
  variables: boolean;
}

/** A y standing alone, not inside a Latin word (y轴, (x,y), y<0). */
const loneY = /(?:^|[^A-Za-z])[yｙ](?![A-Za-z])/;

/** X and one capital other than X as a Latin word (XR, XS): XX is a marker run, not a model. */
const siblingModel = /(?:^|[^A-Za-z])[XＸ][A-WYZ](?![A-Za-z])/;

/**
 * Rule 11: the sentence around [start, end) speaks of letters, numerals or genes. A run holds no sentence stop, so
 * the sentence `known` (the previous run's) answers for every run inside it: walking to the sentence's ends for
 * each run made a long sentence full of markers quadratic.
 */
function sentenceAround(text: string, start: number, end: number, known: Sentence | undefined): Sentence {
  if (known && start >= known.a && end <= known.b) return known;
  const stops = /[。！？!?\n]/;
  let a = start;
  while (a > 0 && !stops.test(text[a - 1] as string)) a -= 1;
  let b = end;
  while (b < text.length && !stops.test(text[b] as string)) b += 1;
  const s = text.slice(a, b);
  return { a, b, letters: letterTopic.test(s), series: siblingModel.test(s), variables: loneY.test(s) };
}

/** Rule 12: a single marker explained (X代表数字10, “X”常用于表示) or drawn (“X”形). */
function letterExplained(text: string, start: number, end: number): boolean {
  const quoted = /[“"‘']/.test(text[start - 1] ?? "") && /[”"’']/.test(text[end] ?? "");
  const after = quoted ? end + 1 : end;
  if (quoted && (text[after] === "形" || longestPrefix(text, after, TECH_TERMS) !== "")) return true;
  const rest = text.slice(after, after + 8);
  return /^(?:代表|表示)(?:罗马|羅馬)?(?:数字|數字|\d)/.test(rest) || (quoted && /^(?:常|通常|一般)?(?:用于|用來|用来)?(?:代表|表示)/.test(rest));
}

/** Rule 16: a lone X that is a product or platform's name (社交媒体平台X, X产品线, X in a sentence naming Twitter). */
function namedX(text: string, start: number, end: number): boolean {
  if (/(?:平台|品牌|系列|公司)$/.test(text.slice(Math.max(0, start - 2), start)) || /^\s?(?:产品线|系列|平台)/.test(text.slice(end, end + 4))) return true;
  const a = Math.max(0, start - 60);
  return /Twitter|推特|马斯克|Musk/i.test(text.slice(a, end + 60));
}

const markers = /[XxＸｘ×╳ⅹ]/g;
const markerChar = /[XxＸｘ×╳ⅹ]/;
const runChar = /[0-9０-９.．XxＸｘ×╳ⅹ]/;

/**
 * Token runs holding a marker: each found from a marker outward, so runs of digits alone (years, figures) cost
 * nothing. Splits a run like "3 × 4" so the spaces around an operator are seen: runs do not include spaces.
 */
export function markerTokens(text: string): MarkerToken[] {
  const out: MarkerToken[] = [];
  let sentence: Sentence | undefined;
  markers.lastIndex = 0;
  for (let m = markers.exec(text); m; m = markers.exec(text)) {
    let a = m.index;
    while (a > 0 && runChar.test(text[a - 1] as string)) a -= 1;
    let b = m.index + 1;
    while (b < text.length && runChar.test(text[b] as string)) b += 1;
    markers.lastIndex = b;
    const [s, e] = trimDots(text, a, b);
    const raw = text.slice(s, e);
    if (raw.includes("ⅹ") && !/ⅹⅹ/.test(raw)) continue;
    if (touchesLatinWord(text, s, e)) continue;
    if (isMultiplication(text, s, e)) continue;
    if (e - s === 1 && longestPrefix(text, e, TECH_TERMS) !== "") continue;
    if (e - s === 1 && text[e] === " " && longestPrefix(text, e + 1, TECH_TERMS) !== "") continue;
    if (markerChar.test(raw[0] ?? "") && /[0-9０-９]{2,}$/.test(raw) && !/[.．]/.test(raw)) continue;
    if (raw === "×" && (/[长宽高厚深]/.test(text[s - 1] ?? "") || /[长宽高厚深]/.test(text[e] ?? ""))) continue;
    if (/^[XＸ][0-9０-９]$/.test(raw) && longestPrefix(text, e, UNITS) === "") continue;
    if (/^[0-9０-９]{3,}[XＸ]$/.test(raw) && longestPrefix(text, e, UNITS) === "" && !/[年月日号]/.test(text[e] ?? "")) continue;
    if (e - s === 1 && /[XＸ]/.test(raw) && namedX(text, s, e)) continue;
    if (inLatinList(text, s, e)) continue;
    if (text.startsWith("染色体", e)) continue;
    sentence = sentenceAround(text, s, e, sentence);
    if (sentence.letters) continue;
    if (sentence.series && e - s === 1 && /[XＸ]/.test(raw)) continue;
    if (sentence.variables && (raw === "x" || raw === "ｘ")) continue;
    if (e - s === 1 && letterExplained(text, s, e)) continue;
    out.push({ start: s, end: e, text: raw, mixed: /[0-9０-９.．]/.test(raw) });
  }
  return out;
}
