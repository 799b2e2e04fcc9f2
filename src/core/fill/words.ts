import { knownUnit } from "../table/units";

/** Words the matcher reads around a placeholder that say when, where or how much, not what. */

/** A placeholder-like run with the unit written after it, up to the next punctuation. */
export const unitAfterMarker = /\d*[XxＸｘ╳]+(?:[.．][XxＸｘ╳\d]+)?\d*[^，,；;、。XxＸｘ╳）)]{0,6}/g;

// Words that say when, where or how much, not what: a stretch made only of these names no indicator.
const filler =
  /按(?:可比|不变)?价格?(?:计算|核算)|按(?:\d{4}年)?(?:平均|年均|当年)?汇率(?:计算|折算)|折合|[（(]下同[）)]|\d{4}年|[\d\-－—~～]+月(?:份|底|末)?|上半年|下半年|[一二三四]季度|全年|今年|去年|上年|比上年|同比|可比|较上年|同期|年末|年底|末|截至|截止|其中|全市|全县|全区|全省|全国|我市|我县|我区|按可比价格?计算|分别|合计|总计|累计|共计|共|为|是|达到|达|实现|完成|增长|增幅|增速|年均|下降|提高|增加|减少|降低|上升|提升|回落|约|近|超过|突破|了|到|至|从|的|和|及|与|以上|左右|高于|低于|快于|慢于|高出|比|低|高|持平|平均水平|平均|“|”/g;

/**
 * A figure written in digits and its unit (58,326万元, 6.2%), taken out of a stretch like a marker run: 农林牧渔业总产值
 * 58,326万元，比上年增长X% passes a written figure, not a name, on its way back to 农林牧渔业总产值. Only a known unit
 * is taken with the digits; anything else after them is left to be read.
 */
export function stripWrittenFigures(text: string): string {
  return text.replace(/\d[\d,，.．]*\s*([^，,；;、。！？\dXxＸｘ╳]{0,5})/g, (m, after: string) => {
    for (let n = after.length; n >= 1; n -= 1) if (knownUnit(after.slice(0, n))) return `|${after.slice(n)}`;
    return m;
  });
}

/**
 * 重工业增加值 read as 工业增加值, 农林牧渔业总产值 as 渔业产值: whether the words right before a name found inside them
 * (in the same stretch, no punctuation between) end in a word of their own — 重, 农林牧, 私营企业类 — so that the text
 * names a part, or a whole, of what the row names. Words that say when, where or how much (上半年, 全县, 实现), places,
 * levels and verbs are no such word.
 */
export function headedByPart(before: string, name: string, isPlace: (text: string) => boolean, exact: boolean): boolean {
  if (!/^[\u4e00-\u9fff]/.test(name)) return false;
  // A name written exactly as the table writes it is read so after any word (开展各类职业技能培训, 追讨工资) unless it
  // is a sector a word before it divides (营利性服务业, 重工业).
  if (exact && !partHeads.test(name)) return false;
  const last = before
    .replace(filler, "|")
    .replace(notPart, "|")
    .replace(/[XxＸｘ╳\d.．%％“”"]+/g, "|");
  const word = /[\u4e00-\u9fff]+$/.exec(last)?.[0];
  // 上虞地区生产总值, 歙县城镇居民: a place before the name is where, not what.
  return word !== undefined && !isPlace(word) && !/(?:[省市县区镇乡]|街道)$/.test(word);
}
const partHeads = /^(?:工业|产业|经济|企业|行业|服务业|制造业)/;
// Words before a name that do not make it a part: how it is counted (按常住人口计算), the whole (全社会, 全部, 总,
// 财政 before 一般预算收入), a level (国家级: the qualifiers decide), this town (我镇), and verbs (培养, 争取, 涉及…).
const notPart = /按[^，,；;。]{1,10}?(?:计算|核算)|全社会|全部|全|总|财政|常住|户籍|各类|各项|各种|各级|我镇|本镇|我乡|(?:国家|[省市县区]|乡镇|村)级|培养|争取|涉及|引进|建成|建设|实施|开展|推进|打造|创建|申报|认定|培育|发放|举办|组织|提供|带动|吸引|招引|签约|落地|开工|竣工|投产|新建|改造|完成|实现|获得|取得|新增|净增|拥有|现有|实有/g;

/** Whether the stretch ends in a meaningful character of its own, not in a word that says when, where or how much. */
export const joinedToEnd = (text: string): boolean => /[\u4e00-\u9fff]$/.test(text.replace(filler, "|"));

/** How many meaningful characters a stretch holds once the words that say when, where or how much are taken out. */
export const wordsLeft = (text: string): number => text.replace(filler, "").match(/[\u4e00-\u9fff]/g)?.length ?? 0;

/** Whether a stretch of the clause names something of its own (two or more meaningful characters). */
export const namesSomething = (text: string): boolean => (text.replace(filler, "").match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 2;

/**
 * namesSomething, with a bare 增加值 counted as a name (…总产值X亿元，增加值X亿元，增长X%: the growth is the value
 * added's): for the stretches passed between a figure and an earlier name, where its 增加 is no filler.
 */
export const namesIndicator = (text: string): boolean => text.includes("增加值") || namesSomething(text);

/** Words that end a clause before its figure without naming anything (达到, 完成, 增长…). */
export const verbs = /(?:达到|达|为|是|共计|共|累计|完成|实现|增长|下降|提高|增加|减少|降低|超过|突破|约|近|了|到|新增|同比|比上年)+$/;

/**
 * 比上年低, 较全市多: whether a 比 or 较 stands within the 8 characters before offset `at` of the same clause (no
 * ，。； or X between). A bare 高/低/多/少 is a comparison only then. Written without lookbehind (older Safari).
 */
export function comparedBefore(text: string, at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 9; j -= 1) {
    const c = text[j] as string;
    if (c === "比" || c === "较") return true;
    if (/[，。；X]/.test(c)) return false;
  }
  return false;
}

// The same regex with its bare groups unable to match (their numbers kept), tried at a place a bare match was refused.
const strictMemo = new Map<RegExp, RegExp>();
function strictOf(re: RegExp): RegExp {
  let strict = strictMemo.get(re);
  if (!strict) {
    strict = new RegExp(re.source.replace(/\((\[[^\]]+\])\)/g, "((?!)$1)"), "y");
    strictMemo.set(re, strict);
  }
  return strict;
}

/**
 * The matches of a global regex whose bare groups (numbers `bare`: each a capture group of one character class, such
 * as ([低少慢])) count only after 比/较 (comparedBefore). Where a bare match is refused, the regex is tried again at
 * the same place without its bare groups, then one character further on, as a lookbehind on them would.
 */
export function matchesCompared(text: string, re: RegExp, bare: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    if (bare.some((g) => m?.[g] !== undefined) && !comparedBefore(text, at)) {
      const strict = strictOf(re);
      strict.lastIndex = at;
      const s = strict.exec(text);
      if (s) out.push(s);
      re.lastIndex = s && s[0].length > 0 ? at + s[0].length : at + 1;
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * The last place `extra` is written as words of its own, not right before `next` (-1 if none): 农林牧 in
 * 农林牧渔业总产值 is the total written in full, not a word qualifying or completing 渔业总产值 — and so in
 * 农林牧渔总产值, the total written with one character of a long name left out.
 */
export function lastApart(text: string, extra: string, next: string): number {
  for (let i = text.lastIndexOf(extra); i >= 0; i = i > 0 ? text.lastIndexOf(extra, i - 1) : -1) if (!writesNext(text, i + extra.length, next)) return i;
  return -1;
}

function writesNext(text: string, at: number, next: string): boolean {
  if (text.startsWith(next, at)) return true;
  if (next.length < 4) return false;
  for (let k = 1; k < next.length - 1; k += 1) if (text.startsWith(next.slice(0, k) + next.slice(k + 1), at)) return true;
  return false;
}

/**
 * A rank remark: where a figure stands among others (居全市第X位, 全市排名第9位, 位列全省第一，迈进山区26县十强). The
 * rank ends in 位/名 or at a stop, so 全市第一产业 is never one. It names no figure, and its 全市 says nothing of
 * whose the figure is.
 */
export const rankRemark =
  /(?:居|位居|位列|排名|排位|排在|列)(?:全[国省市县区州](?:范围内)?)?[^，,；;。X]{0,6}?第[XxＸ\d一二三四五六七八九十]+(?:位|名|(?=[，,；;。）)]|$))|全[国省市县区州](?:范围内)?(?:排名|排位)第[XxＸ\d一二三四五六七八九十]+(?:位|名|(?=[，,；;。）)]|$))|(?:迈进|跻身|进入)[^，,；;。X]{0,12}?[十百千]强/g;

/** A stretch without what opens it before its words: figures, punctuation and a year (2022年, 2022年末). */
export const withoutLeadingYear = (text: string): string => text.replace(/^(?:\d{4}年(?:末|底)?|[^\u4e00-\u9fff])+/, "");
