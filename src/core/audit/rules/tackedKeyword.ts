import { type Pattern, type Rule, finding, matchFindings } from "../types";

/**
 * A site's keyword tacked onto the end of a line of the text (下面，进行第三项议程：工作会议主持词): template sites
 * append the page's search words, which name a kind of template page (主持词, 讲话稿, 发言稿, 范文, 心得体会…), after
 * a sentence or after the colon that introduces the next line. Such a name ends no sentence of a 公文: a speech says
 * what comes next (请…讲话), it does not name its own script. An attachment list (附件：…实施方案) is no sentence before
 * its colon and is left alone: the colon must close a clause with a comma in it.
 */
const pageKind = "主持词|讲话稿|发言稿|演讲稿|致辞稿|范文|范例|模板|心得体会|汇报材料";
const tacked = new RegExp(`^(.*?)([。！？]|[：:])\\s*([^，。；！？：:、“”]{0,14}(?:${pageKind}))\\s*$`, "g");

const endsInKind = new RegExp(`(?:${pageKind})\\s*$`);

const keyword: Pattern = [
  tacked,
  (m, p) => {
    const before = m[1] ?? "";
    if (m[2] !== undefined && /[：:]/.test(m[2]) && !/[，,]/.test(before)) return undefined;
    // A sentence that points to a sample (下面是一篇范文, 请参照以下模板) names it as the text's own words.
    if (/[是见请附以参照按该本此这]/.test(m[3] ?? "")) return undefined;
    const start = m.index + before.length + (m[2]?.length ?? 0);
    return finding("tacked-keyword", "error", p, start, p.text.length, {
      zh: `句末的“${(m[3] ?? "").trim()}”是网站的关键词，不是正文：请删除`,
      en: `“${(m[3] ?? "").trim()}” at the end of the line is the site's keyword, not part of the text: delete it`,
    });
  },
];

export const tackedKeyword: Rule = {
  id: "tacked-keyword",
  title: "句末的网站关键词",
  titleEn: "Site keyword at a line's end",
  check: (input) => matchFindings({ ...input, snapshot: { paragraphs: input.snapshot.paragraphs.filter((p) => !p.inTable && endsInKind.test(p.text)) } }, [keyword]),
};
