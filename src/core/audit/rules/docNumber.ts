import { type Pattern, type Rule, finding, matchFindings } from "../types";

/**
 * A document number (发文字号) whose year is not in the hexagonal brackets 〔〕 that GB/T 9704 prescribes: 国办发[2009]3号,
 * 湘政发（2018）5号, or brackets a web page turned into other marks (国办发„2009‟3号). The issuer's code, the year
 * in brackets and the serial number with 号 are read together, so a year in ordinary parentheses elsewhere is left alone.
 */
const number = /\p{Script=Han}{1,10}[发字函办][[［(（„【〈<]\s*((?:19|20)\d{2})\s*[\]］)）‟】〉>]\s*第?\d{1,4}\s*号/gu;

const wrongBrackets: Pattern = [
  number,
  (m, p) => {
    const year = m[1] ?? "";
    const open = m[0].search(/[[［(（„【〈<]/u);
    const at = m.index + open;
    const end = m.index + m[0].indexOf(year, open) + year.length + 1;
    return finding("doc-number", "warning", p, at, end, {
      zh: `发文字号的年份应使用六角括号：请改为“〔${year}〕”`,
      en: `The year of a document number goes in hexagonal brackets: write “〔${year}〕”`,
    });
  },
];

export const docNumber: Rule = {
  id: "doc-number",
  title: "发文字号括号不规范",
  titleEn: "Document number brackets",
  check: (input) => matchFindings({ ...input, snapshot: { paragraphs: input.snapshot.paragraphs.filter((p) => p.text.includes("号")) } }, [wrongBrackets]),
};
