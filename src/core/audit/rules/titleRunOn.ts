import { type Pattern, type Rule, finding, matchFindings } from "../types";

/**
 * A title run into the line after it when a file was converted (在抗旱救灾工作会议上的讲话同志们：…,
 * …工作例会上讲话在乡镇…的讲话方才，…): a document-kind word that ends a title followed at once by the salutation
 * or by the text's first words. A 公文 puts its title, its salutation and its text on lines of their own.
 */
const runOn = /(?:讲话|致辞|发言|主持词|报告|总结)(同志们|各位代表|各位领导|各位来宾|尊敬的)[：:，,]?/g;

const salutation: Pattern = [
  runOn,
  (m, p) => {
    const start = m.index + m[0].length - (m[1]?.length ?? 0) - (/[：:，,]$/.test(m[0]) ? 1 : 0);
    // Only at the head of a paragraph: a title is at most a line long (…的讲话同志们：), never mid-sentence.
    if (start > 60 || /[。！？；]/.test(p.text.slice(0, start))) return undefined;
    return finding("title-run-on", "error", p, 0, start, {
      zh: `标题和称呼“${m[1] ?? ""}”连在同一段：请把标题单独成行，称呼另起一行`,
      en: `The title runs into the salutation “${m[1] ?? ""}” in one paragraph: put the title on its own line and the salutation on the next`,
    });
  },
];

export const titleRunOn: Rule = {
  id: "title-run-on",
  title: "标题与正文连在一起",
  titleEn: "Title run into the text",
  // Only paragraphs holding a salutation word are read.
  check: (input) => matchFindings({ ...input, snapshot: { paragraphs: input.snapshot.paragraphs.filter((p) => /同志们|各位|尊敬的/.test(p.text)) } }, [salutation]),
};
