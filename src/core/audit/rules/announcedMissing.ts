import type { DocParagraph } from "../../document/snapshot";
import { chineseNumber } from "../numerals";
import { type Finding, type Rule, finding } from "../types";
import { levels } from "./numbering";

/**
 * A paragraph that announces what follows (组成人员如下：, 我们发起以下倡议：) where the announced content is missing:
 *  - the next paragraph is a heading of the same or a higher level than the heading of the announcing paragraph's own
 *    section (二、组织领导 … 组成人员如下： 三、工作任务), so the section ends on the announcement. An announcement
 *    before any heading may introduce the document's sections (特制定如下方案： 一、…) and is left alone, and so is
 *    one followed by a table, which holds the list, or by a first item (一、 1、 （一）), which starts it;
 *  - the next paragraph is the template's writing instruction instead of the content (分条列出…, 写明…).
 */
const announces = /(?:如下|以下[^，。；：:]{0,8})[：:]\s*$/;
const instruction = /分条列出|逐条列出|逐项列出|写明|注明|具体化|此处填写|这里填写/;
const headingRe = levels.filter((l) => l.heading).map((l) => new RegExp(l.re.source, l.re.flags.replace("g", "")));

/** The rank (0 = 一、) and number of a paragraph's heading, or undefined when it is not a numbered heading. */
function headingOf(p: DocParagraph): { rank: number; n: number | undefined } | undefined {
  for (const [rank, re] of headingRe.entries()) {
    const m = re.exec(p.listString ?? "") ?? re.exec(p.text);
    if (m) return { rank, n: chineseNumber(m[1] ?? "") };
  }
  return undefined;
}

export const announcedMissing: Rule = {
  id: "announced-missing",
  title: "说“如下”却没有下文",
  titleEn: "Announced content is missing",
  check: (input) => {
    const out: Finding[] = [];
    const paragraphs = input.snapshot.paragraphs.filter((p) => p.part.kind === "body");
    let section: number | undefined;
    for (const [i, p] of paragraphs.entries()) {
      const heading = p.inTable ? undefined : headingOf(p);
      if (heading) section = heading.rank;
      const next = paragraphs[i + 1];
      if (p.inTable || !next || next.inTable) continue;
      const m = announces.exec(p.text);
      if (!m) continue;
      const nextHeading = headingOf(next);
      const at = m.index;
      if (section !== undefined && nextHeading && nextHeading.n !== 1 && nextHeading.rank <= section) {
        out.push(
          finding("announced-missing", "error", p, at, p.text.length, {
            zh: `说“${m[0].trim()}”，但本节到此结束，下文没有列出：请补上内容或删去这句`,
            en: `“${m[0].trim()}” announces content, but the section ends here with nothing listed: add it or delete the sentence`,
          }),
        );
      } else if (!nextHeading && instruction.test(next.text)) {
        out.push(
          finding("announced-missing", "error", next, 0, next.text.length, {
            zh: "此处应是正文内容，却仍是范文的写作说明：请按说明写出内容后删去说明",
            en: "The announced content is still the template's writing instruction: write the content it asks for, then delete the instruction",
          }),
        );
      }
    }
    return out;
  },
};
