import { type Pattern, type Rule, finding, matchFindings } from "../types";

/**
 * A title run into the line after it when a file was converted (在抗旱救灾工作会议上的讲话同志们：…,
 * …工作例会上讲话在乡镇…的讲话方才，…): a document-kind word that ends a title followed at once by the salutation
 * or by the text's first words. A 公文 puts its title, its salutation and its text on lines of their own.
 *
 * A 方案, 通知 or 意见 opens its text with its purpose (为深入贯彻…, 为进一步…): such an opening glued to the
 * document-kind word (…实施方案为深入贯彻落实…) is the title run into the text, when what comes before is as long as a
 * title and no sentence (no comma or full stop: a title has none; 本方案为进一步… is a sentence's subject).
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

const textOpening = /(?:方案|意见|办法|通知|规定|细则|倡议书)(?=为了?(?:深入|进一步|认真|全面|切实|贯彻|落实|加快|推进|做好|加强|确保|有效))/g;

const purpose: Pattern = [
  textOpening,
  (m, p) => {
    const start = m.index + m[0].length;
    // A title is longer than the subject of a sentence (本方案为进一步…, 该意见为…).
    if (start > 60 || start < 8 || /[。！？；，,]/.test(p.text.slice(0, start))) return undefined;
    // A sentence naming the act (县政府办公室印发通知为深入推进…提供了依据) puts a verb right before the kind.
    if (/(?:印发|下发|制定|出台|发布|转发|起草|研究|下达)$/.test(p.text.slice(0, m.index))) return undefined;
    return finding("title-run-on", "error", p, 0, start, {
      zh: "标题和正文的开头连在同一段：请把标题单独成行",
      en: "The title runs into the first words of the text in one paragraph: put the title on its own line",
    });
  },
];

export const titleRunOn: Rule = {
  id: "title-run-on",
  title: "标题与正文连在一起",
  titleEn: "Title run into the text",
  // Only paragraphs holding a salutation word, or a purpose or ground after a document kind, are read.
  check: (input) =>
    matchFindings({ ...input, snapshot: { paragraphs: input.snapshot.paragraphs.filter((p) => /同志们|各位|尊敬的/.test(p.text)) } }, [salutation]).concat(
      matchFindings({ ...input, snapshot: { paragraphs: input.snapshot.paragraphs.filter((p) => /[案见法知定则书]为/.test(p.text)) } }, [purpose]),
    ),
};
