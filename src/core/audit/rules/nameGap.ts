import { type Pattern, type Rule, finding, matchFindings } from "../types";

/**
 * A space where a site deleted a person's name: 领导组组长 同志从统筹全局的高度…, 按照 书记的讲话精神. Chinese text
 * has no spaces between words, so a space right before a person's title, after a Chinese character, stands for the
 * missing name. So does a run of spaces after a body's title at the end of a short line (缙云县人民政府县长    ): the
 * signature's name was left out where the page had it.
 */
const titles = "同志|书记|县长|市长|区长|镇长|乡长|主任|局长|部长|主席|副书记|副县长|副市长";
const gap = new RegExp(`\\p{Script=Han}([ \\u3000\\u00a0]+)(?=${titles})`, "gu");

const missingName: Pattern = [
  gap,
  (m, p) =>
    finding("name-gap", "error", p, m.index + 1, m.index + m[0].length, {
      zh: "称谓前的空格处缺少人名，疑被网站删去：请补上姓名",
      en: "A name is missing at the space before this title, probably deleted by the site: fill in the name",
    }),
];

const trailing = new RegExp(`(?:${titles})([ \\u3000\\u00a0]{2,})$`, "gu");

const signerBody = /(?:政府|委员会|人大|政协|党委|党组|办公室|局|委|厅|院|部|处|科|中心|镇|乡|县|市|区)$/;

const missingSigner: Pattern = [
  trailing,
  (m, p) =>
    // The title follows the body it belongs to (…县人民政府县长): after a name (李明同志  ) nothing is missing.
    p.text.trim().length > 30 || !signerBody.test(p.text.slice(0, m.index))
      ? undefined
      : finding("name-gap", "error", p, m.index + m[0].length - (m[1]?.length ?? 0), p.text.length, {
          zh: "职务后的空白处缺少人名，疑被网站删去：请补上姓名",
          en: "A name is missing in the blank after this title, probably deleted by the site: fill in the name",
        }),
];

export const nameGap: Rule = {
  id: "name-gap",
  title: "称谓前缺少人名",
  titleEn: "Name missing before a title",
  // Only paragraphs holding a space are read.
  check: (input) => matchFindings({ ...input, snapshot: { paragraphs: input.snapshot.paragraphs.filter((p) => /[ \u3000\u00a0]/.test(p.text)) } }, [missingName, missingSigner]),
};
