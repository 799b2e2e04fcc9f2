/** Splitting the items of a 分别 list and completing the tail they share. */

const splitBy = (head: string, re: RegExp): string[] => head.split(re).map((s) => s.trim()).filter((s) => s.length > 0);

/**
 * The listed items: split on 、 和 与 及 (never the 及 of 65岁及以上); when that gives more items than figures, on 、
 * alone (蔬菜及食用菌、瓜果产量), then on 和/与 alone.
 */
export function splitItems(head: string, count: number): string[] {
  const all = splitBy(head, /以及|和|与|及(?!以[上下])|、/);
  if (all.length === count) return all;
  for (const re of [/、/, /以及|和|与/]) {
    const some = splitBy(head, re);
    if (some.length === count) return some;
  }
  return all;
}

const ordinal = /^(第?)([一二三四五六七八九十])(.*)$/;

/**
 * A shared tail the plain rule (strip as many characters as the item has) gets wrong:
 * - ordinals written once (第一、二、三产业, 第二、第三产业): each item is 第 + its ordinal + the words after the last one;
 * - items ending alike (0-14岁、15-64岁、65岁及以上常住人口): the tail is what the last item writes after that ending
 *   (and after 及以上/以下), with at least two items before the last so that the ending is the list's, not chance.
 */
export function sharedTail(items: readonly string[], slot: number): { phrase: string; itemFrom: number; itemTo: number } | undefined {
  const last = items[items.length - 1] as string;
  const item = items[slot] as string;
  const ords = items.map((s) => ordinal.exec(s));
  const lastOrd = ords[ords.length - 1];
  if (ords.slice(0, -1).every((m) => m && m[3] === "") && lastOrd && lastOrd[3] !== "") {
    const tail = lastOrd[3] as string;
    const di = ords[slot] as RegExpExecArray;
    const phrase = `第${di[2] as string}${tail}`;
    return { phrase, itemFrom: 0, itemTo: 2 };
  }
  if (slot === items.length - 1 || items.length < 3) return undefined;
  const end = item[item.length - 1] as string;
  if (!items.slice(0, -1).every((s) => s.length >= 2 && s.endsWith(end))) return undefined;
  const at = last.indexOf(end);
  if (at < 0) return undefined;
  const tail = last.slice(at + 1).replace(/^(?:及以上|及以下|以上|以下)/, "");
  if (tail.length < 2) return undefined;
  return { phrase: item + tail, itemFrom: 0, itemTo: item.length };
}
