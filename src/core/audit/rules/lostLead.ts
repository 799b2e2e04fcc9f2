import type { DocParagraph } from "../../document/snapshot";
import type { DivisionIndex } from "../divisions";
import { type Finding, type Message, type Rule, bodyText, finding } from "../types";

/**
 * Paragraphs that lost their first characters when a page or a converted file was copied: the text starts inside a
 * word, or without the words it needs. Three shapes are certain enough to report (one finding per paragraph):
 *  - a numbered item (or, for the strictly bound characters, any paragraph) whose text opens with a character that
 *    only ends words (单位 → 位, 事项 → 项, 部分 → 分, 介绍信 → 信) followed straight by a joining or modal word:
 *    2.位或个人的称呼。, 4.项和向接洽单位…, 2.分要填写详细些。, or with a particle (的重要讲话精神…, 们的…). No
 *    item can start there. A strictly bound character (位 项 分 系 份 员 者…) is enough alone; one that is also a
 *    word (信 纸 名 门) counts only beside a strictly bound one in the same list. When two items of one list are found,
 *    the page cut every item of it, and all of them are reported (1.纸正中的地方写… lost 标题：在公文 as well);
 *  - an item of a labelled list (2.抬头：…, 6.日期：…) that opens with words needing the lost label (1. 一般为…);
 *  - a paragraph that opens with the end of a place name the divisions know, the name's first one or two characters
 *    gone (鲁木齐县、各区人民政府 for 乌鲁木齐县). Only ends of three characters or more that are no name themselves.
 */
const strictlyBound = "位项分系份员者性率类级款章节段页栏号件";
const alsoWord = "信纸名门部张册封种处";
const joining = "或和与及要需须应并均则亦";
/** A numbered item's mark: its style (1. 1、 （1） ①) is the first group, so that one list keeps one style. */
const item = /^\s*(?:\d{1,2}([.．、])|([（(])\d{1,2}[）)]|([①-⑳])|[一二三四五六七八九十]{1,3}(、)|（[一二三四五六七八九十]{1,3}(）))\s*/;
const styleOf = (m: RegExpExecArray): string => m[1] ?? m[2] ?? (m[3] ? "①" : m[4] ? "一、" : m[5] ? "（一）" : "");

type Strength = "sure" | "maybe" | undefined;
function opening(text: string): Strength {
  const m = item.exec(text);
  if (!m) return undefined;
  return openingAt(text, m[0].length);
}
/** Particles that open no paragraph (the rest of …的重要讲话精神 after its first words were lost), but 的确, 了解… */
const particle = /^(?:的(?![确士哥])|们|了(?![解结却如]))/;
function openingAt(text: string, at: number): Strength {
  const a = text.charAt(at);
  const b = text.charAt(at + 1);
  if (particle.test(text.slice(at, at + 2))) return "sure";
  if (!joining.includes(b) || !b) return undefined;
  if (strictlyBound.includes(a) && a) return "sure";
  if (alsoWord.includes(a) && a) return "maybe";
  return undefined;
}

/** Whether a text opens inside a word for sure (位或…, 性和…): rules/brokenWord reads such a paragraph as the rest of a sentence. */
export const opensInsideWord = (text: string): boolean => openingAt(text, text.length - text.trimStart().length) === "sure";

/** Runs of numbered items marked the same way (1. 2. 3., 1、2、3、, （1）（2）, ① ②), one list each. */
function lists(paragraphs: readonly DocParagraph[]): DocParagraph[][] {
  const out: DocParagraph[][] = [];
  let run: DocParagraph[] = [];
  let mark = "";
  for (const p of paragraphs) {
    const m = item.exec(p.text);
    if (m && styleOf(m) === mark) run.push(p);
    else {
      if (run.length) out.push(run);
      run = m ? [p] : [];
      mark = m ? styleOf(m) : "";
    }
  }
  if (run.length) out.push(run);
  return out;
}

/**
 * Ends that are ordinary words of their own (工业园区, 城乡一体化示范区, 回族自治区, 城街道) are no trace of a cut name,
 * and a cut name is read only where a name stands in an address: before 、，： or a body of that place (人民政府, 党委).
 */
const zone = /(?:开发区|园区|示范区|管理区|实验区|名胜区|新区|新城|街道|地区|自治[区州县旗]|管委会|委员会)$/;
const addressed = /^(?:[、，,：:（(\s]|人民政府|政府|党委|人大|政协)/;
/**
 * A list whose items open with a short label and a colon (2.抬头：…, 4.结尾语：…, 6.日期：…) where an item opens
 * instead with words that need the label before them (1. 一般为“证明书”三个字…, 3. 这是证明书的核心部分…): the
 * label was cut off. Three labelled items at least, and most of the list, make the list's shape; a last item that
 * is a plain sentence (4.请各单位按时报送。) opens with none of these words and stays.
 */
const labelled = /^[^，。；：:！？\s]{1,10}[：:]/;
const needsLabel = /^(?:一般为|一般是|通常为|通常是|这是|此为|即为|多为|主要为|主要是|应为|是)/;
function lostLabels(list: readonly DocParagraph[]): DocParagraph[] {
  const rests = list.map((p) => {
    const m = item.exec(p.text);
    return m ? p.text.slice(m[0].length) : "";
  });
  const n = rests.filter((r) => labelled.test(r)).length;
  if (n < 3 || n * 5 < list.length * 3) return [];
  return list.filter((_, i) => !labelled.test(rests[i] ?? "") && needsLabel.test(rests[i] ?? ""));
}

const tailsOf = new WeakMap<DivisionIndex, Map<string, string>>();
/** The ends of place names (鲁木齐县 → 乌鲁木齐县) that are no name themselves, three characters or more. */
function tails(index: DivisionIndex): Map<string, string> {
  const known = tailsOf.get(index);
  if (known) return known;
  const out = new Map<string, string>();
  for (const name of index.byName.keys()) {
    for (const cut of [1, 2]) {
      const tail = name.slice(cut);
      if (tail.length >= 3 && !zone.test(tail) && !index.byName.has(tail) && !out.has(tail)) out.set(tail, name);
    }
  }
  tailsOf.set(index, out);
  return out;
}
function placeTail(index: DivisionIndex, text: string): { tail: string; name: string } | undefined {
  const t = text.trimStart();
  const ends = tails(index);
  for (let n = Math.min(12, t.length); n >= 3; n--) {
    const tail = t.slice(0, n);
    const name = ends.get(tail);
    if (name && addressed.test(t.slice(n))) return { tail, name };
  }
  return undefined;
}

const LIST: Message = { zh: "本条开头缺了字（条目从词的中间开始，本列表多条如此）：请对照原文补全", en: "This item lost its first characters (it starts inside a word, as several items of this list do): restore them from the source" };
const LABEL: Message = { zh: "本条开头缺了小标题（同一列表的其他各条都以“××：”开头）：请对照原文补全", en: "This item lost its label (the other items of the list open with “label:”): restore it from the source" };
const PARAGRAPH: Message = { zh: "本段开头缺了字（段落从词的中间开始）：请对照原文补全", en: "This paragraph lost its first characters (it starts inside a word): restore them from the source" };
const ITEM: Message = { zh: "本条开头缺了字（条目从词的中间开始）：请对照原文补全", en: "This item lost its first characters (it starts inside a word): restore them from the source" };

export const lostLead: Rule = {
  id: "lost-lead",
  title: "段首缺字",
  titleEn: "Lost first characters",
  check: (input) => {
    const found = new Map<DocParagraph, Message>();
    const report = (p: DocParagraph, message: Message) => {
      if (!found.has(p)) found.set(p, message);
    };
    const body = bodyText(input);
    for (const list of lists(body)) {
      for (const p of lostLabels(list)) report(p, LABEL);
      const strengths = list.map((p) => opening(p.text));
      const cut = strengths.includes("sure") && strengths.filter((s) => s !== undefined).length >= 2;
      list.forEach((p, i) => {
        if (cut) report(p, LIST);
        else if (strengths[i] === "sure") report(p, ITEM);
      });
    }
    const index = input.divisions;
    for (const p of body) {
      // A paragraph with no number may lose its start too; only the strictly bound openings are sure enough there.
      if (!item.test(p.text) && p.text.trim().length >= 6 && opensInsideWord(p.text)) report(p, PARAGRAPH);
      const place = index ? placeTail(index, p.text) : undefined;
      if (place)
        report(p, {
          zh: `本段开头缺了字：“${place.tail}”像是“${place.name}”少了前面的字，请对照原文补全`,
          en: `This paragraph lost its first characters: “${place.tail}” looks like “${place.name}” without its start; restore it from the source`,
        });
    }
    const out: Finding[] = body.flatMap((p) => {
      const message = found.get(p);
      return message ? [finding("lost-lead", "warning", p, 0, p.text.length, message)] : [];
    });
    return out;
  },
};
