import { type Finding, type Rule, finding } from "../types";

/**
 * Markup a web page leaked into the text: an HTML character reference the page failed to decode (&nbsp;, &#8220;,
 * &mdash;, or its remains once the “&” was lost or mistyped: 2mdash;) and escaped line breaks printed as letters
 * (x0dx0a), and question marks a page printed for characters it could not encode (a line of ????, a “?” alone on
 * a line or before the signature's date). A 公文 has none of these; the fix is the character the page meant (a space,
 * “, —), a line break, or nothing.
 *
 * Text decoded with the wrong character set is reported too: the replacement character � (bytes the reader could not
 * decode), and UTF-8 read as GBK, where every full-width mark turns into 锛, 銆 or 鈥 and a following character
 * (，→ 锛� / 锛屾, 。→ 銆�, “ → 鈥�). Those three are archaic characters no 公文 uses; two of them in a paragraph are a
 * garbled paste, to be copied again from the source.
 */
const named = "nbsp|ensp|emsp|thinsp|mdash|ndash|ldquo|rdquo|lsquo|rsquo|hellip|middot|bull|quot|apos|amp|lt|gt|times|divide|deg|plusmn|copy|reg|trade|yen|laquo|raquo|sup2|sup3|permil";
/** “&name;”, “&name” before a non-letter, “name;” with its “&” lost, and numeric references “&#8220;” / “#8220;”. */
const entity = new RegExp(`&?(?:${named});|&(?:${named})(?![a-z])|&?#(?:\\d{2,7}|x[0-9a-f]{2,6});`, "gi");
const lineBreak = /(?:x0d)?x0a(?:(?:x0d)?x0a)*/gi;
const latin = /[a-z]/i;
/** “?” standing for an unencodable character: three or more in a row, alone on a line, or opening a line before text. */
const lostChars = /^\s*\?+\s*$|\?{3,}|^\?(?=[\d\p{Script=Han}])/gu;

const garbled = /[锛銆鈥]/g;

export const brokenEntity: Rule = {
  id: "broken-entity",
  title: "网页编码残留",
  titleEn: "Web page code left in the text",
  check: (input) => {
    const out: Finding[] = [];
    for (const p of input.snapshot.paragraphs) {
      // Most paragraphs hold none of the characters these need: skip the patterns there.
      const semi = p.text.includes(";") || p.text.includes("&");
      for (const m of semi ? p.text.matchAll(entity) : []) {
        const at = m.index ?? 0;
        // “lt;” inside a Latin word (salt;) is a word, not a lost entity.
        if (!m[0].startsWith("&") && latin.test(p.text[at - 1] ?? "")) continue;
        out.push(finding("broken-entity", "error", p, at, at + m[0].length, {
          zh: `“${m[0]}”是网页没有解码的字符代码：请改为它代表的字符（空格、引号、破折号等）`,
          en: `“${m[0]}” is a character code the web page failed to decode: replace it with the character it stands for (a space, a quotation mark, a dash…)`,
        }));
      }
      for (const m of p.text.includes("?") ? p.text.matchAll(lostChars) : []) {
        const at = m.index ?? 0;
        out.push(finding("broken-entity", "error", p, at, at + m[0].length, {
          zh: `“${m[0].trim()}”是网页无法显示的字符（多为空格）留下的问号：请删除`,
          en: `“${m[0].trim()}” are question marks the web page left for characters it could not show (mostly spaces): delete them`,
        }));
      }
      if (p.text.includes("\uFFFD") || (p.text.match(garbled)?.length ?? 0) >= 2) {
        out.push(finding("broken-entity", "error", p, 0, p.text.length, {
          zh: "本段是乱码（网页或文件的字符编码读错了）：请从原文重新复制",
          en: "This paragraph is garbled (the page's or file's character set was read wrongly): copy it again from the source",
        }));
      }
      for (const m of /x0[ad]/i.test(p.text) ? p.text.matchAll(lineBreak) : []) {
        const at = m.index ?? 0;
        if (latin.test(p.text[at - 1] ?? "") || latin.test(p.text[at + m[0].length] ?? "")) continue;
        out.push(finding("broken-entity", "error", p, at, at + m[0].length, {
          zh: `“${m[0]}”是网页把换行符印成了字母：请删除，需要时另起一段`,
          en: `“${m[0]}” is a line break the web page printed as letters: delete it, and start a new paragraph if one was meant`,
        }));
      }
    }
    return out;
  },
};
