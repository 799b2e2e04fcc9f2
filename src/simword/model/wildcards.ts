/**
 * Word's search patterns turned into JavaScript regular expressions.
 *
 * Plain searches honour Word's caret codes: ^^ (a caret), ^? (any character), ^# (any digit), ^$ (any letter),
 * ^t (tab). Wildcard searches ("Use wildcards" in Word's Find dialog) support the subset DraftKit relies on:
 *   ?        any one character
 *   *        any run of characters, shortest first (Word's * is lazy)
 *   [abc] [a-z] [!a-z]   one character from (or not from) a set or range
 *   {n} {n,} {n,m}       repeats of the previous item, greedy
 *   @        one or more of the previous item, greedy
 *   < >      start / end of a word (< only at the start of the pattern, see compileSearch)
 *   ( )      grouping
 *   \x       the character x itself
 * Anything else is a literal character. Wildcard searches are always case-sensitive, as in Word.
 */

export class PatternError extends Error {}

const regexSpecial = /[.*+?^${}()|[\]\\/-]/g;
const escapeChar = (c: string): string => c.replace(regexSpecial, "\\$&");

/**
 * Word's Find can ignore the difference between half- and full-width characters (Find.MatchByte / Options.
 * MatchFuzzyByte in Word's object model); Office.js search has no such option and does not say which it does. The
 * simulation takes the harsher reading — X also finds Ｘ — so code that counts hits by exact text is caught out;
 * the Word probe records what real Word does.
 */
function widthFolded(c: string): string {
  const code = c.charCodeAt(0);
  const other = code >= 0x21 && code <= 0x7e ? code + 0xfee0 : code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : undefined;
  if (other === undefined) return escapeChar(c);
  const inClass = (x: string): string => x.replace(/[\\\]^-]/g, "\\$&");
  return `[${inClass(c)}${inClass(String.fromCharCode(other))}]`;
}

export function plainPattern(text: string, wholeWord: boolean): string {
  let out = "";
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (c === "^" && i + 1 < text.length) {
      const code = text[i + 1];
      i += 1;
      if (code === "^") out += "\\^";
      else if (code === "?") out += "[^\\r\\n]";
      else if (code === "#") out += "\\d";
      else if (code === "$") out += "\\p{L}";
      else if (code === "t") out += "\\t";
      else throw new PatternError(`unsupported special character ^${code ?? ""}`);
    } else {
      out += widthFolded(c);
    }
  }
  return wholeWord ? `${out}(?![\\p{L}\\p{N}_])` : out;
}

export function wildcardPattern(text: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    switch (c) {
      case "\\": {
        const next = text[i + 1];
        if (next === undefined) throw new PatternError("trailing backslash");
        out += escapeChar(next);
        i += 1;
        break;
      }
      case "?":
        out += ".";
        break;
      case "*":
        out += ".*?";
        break;
      case "@":
        if (out.length === 0) throw new PatternError("@ with nothing before it");
        out += "+";
        break;
      case "<":
        // the start-of-word test needs the character before the match, which only a lookbehind could read;
        // compileSearch checks it instead, so < is accepted where that check applies: first in the pattern
        if (i !== 0) throw new PatternError("< is supported only at the start of a pattern");
        break;
      case ">":
        out += "(?![\\p{L}\\p{N}_])";
        break;
      case "(":
        depth += 1;
        out += "(";
        break;
      case ")":
        if (depth === 0) throw new PatternError("unbalanced )");
        depth -= 1;
        out += ")";
        break;
      case "[": {
        const close = text.indexOf("]", i + 2);
        if (close < 0) throw new PatternError("unclosed [");
        let body = text.slice(i + 1, close);
        const negate = body.startsWith("!");
        if (negate) body = body.slice(1);
        const cls = body.replace(/[\\\]^[]/g, "\\$&");
        out += `[${negate ? "^" : ""}${cls}]`;
        i = close;
        break;
      }
      case "{": {
        const close = text.indexOf("}", i);
        const m = /^\{(\d+)(,(\d*))?\}$/.exec(text.slice(i, close + 1));
        if (close < 0 || !m || out.length === 0) throw new PatternError("bad {n,m}");
        out += m[0];
        i = close;
        break;
      }
      default:
        out += escapeChar(c);
    }
  }
  if (depth !== 0) throw new PatternError("unbalanced (");
  return out;
}

export interface SearchFlags {
  matchCase?: boolean;
  matchWildcards?: boolean;
  matchWholeWord?: boolean;
}

/** A compiled search: the expression, and whether a match must also start a word (not follow a letter or digit). */
export interface CompiledSearch {
  re: RegExp;
  wordStart: boolean;
}

const wordChar = /[\p{L}\p{N}_]/u;

/**
 * True when a match at `index` of `text` starts a word. This is the check a lookbehind would make; it is done here
 * because lookbehind does not parse in the WebKit of older macOS, and this code is bundled into probe.html, which Word
 * loads.
 */
export function startsWord(text: string, index: number): boolean {
  return index === 0 || !wordChar.test(text[index - 1] as string);
}

export function compileSearch(text: string, flags: SearchFlags): CompiledSearch {
  if (flags.matchWildcards) return { re: new RegExp(wildcardPattern(text), "gu"), wordStart: text.startsWith("<") };
  const source = plainPattern(text, flags.matchWholeWord === true);
  return { re: new RegExp(source, flags.matchCase ? "gu" : "giu"), wordStart: flags.matchWholeWord === true };
}
