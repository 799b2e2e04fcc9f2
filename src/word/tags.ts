/**
 * Content-control tags stay short: DraftKit writes `dk:<id>` and keeps the full tag (draftkit:1:… for linked values,
 * draftkit:ph:… for section placeholders, 56–171 characters) in the document's add-in settings under KEY. Word
 * documents no tag limit while limiting the title to 64 characters, so long tags are avoided rather than relied on.
 * Tags written by earlier versions (the full form) are still read as they are.
 */
export const TAG_KEY = "draftkit.tags.v1";
const SHORT = "dk:";

type TagMap = Record<string, string>;

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export function readTagMap(): TagMap {
  const raw = Office.context.document.settings.get(TAG_KEY) as unknown;
  return raw && typeof raw === "object" ? { ...(raw as TagMap) } : {};
}

/** The full tag behind a tag read from the document (a short one through the map; any other as it is). */
export function expandTag(tag: string, map: TagMap): string {
  return tag.startsWith(SHORT) ? (map[tag.slice(SHORT.length)] ?? tag) : tag;
}

/** Whether a tag read from the document is one of DraftKit's, in either form. */
export const isDraftKitTag = (tag: string): boolean => tag.startsWith(SHORT) || tag.startsWith("draftkit:");

/** The same id for the same full tag; a clash with another tag's id gets a suffix. */
function idFor(long: string, map: TagMap): string {
  const base = fnv1a(long);
  for (let n = 0; ; n += 1) {
    const id = n === 0 ? base : `${base}-${n}`;
    if (map[id] === undefined || map[id] === long) return id;
  }
}

/**
 * The tags to write for `longs`, recorded in the document settings first. When the settings cannot be saved
 * (settings.saveAsync fails, for instance above the size Office allows), the map stays set in memory — the short
 * tags work in this session and are saved with the next successful save — and `problem` says what to tell the user.
 */
export async function shortTags(longs: readonly string[]): Promise<{ tags: Map<string, string>; problem?: string }> {
  const tags = new Map<string, string>();
  if (longs.length === 0) return { tags };
  const map = readTagMap();
  for (const long of longs) {
    const id = idFor(long, map);
    map[id] = long;
    tags.set(long, SHORT + id);
  }
  const settings = Office.context.document.settings;
  settings.set(TAG_KEY, map);
  const result = await new Promise<Office.AsyncResult<void>>((resolve) => settings.saveAsync(resolve));
  if (result.status === Office.AsyncResultStatus.Succeeded) return { tags };
  const why = result.error?.message ?? "未知错误";
  return { tags, problem: `链接信息未能保存到文档设置（${why}）：本次可以刷新数据，但关闭文档前请先保存一次指标表或重新填充，否则重新打开后“刷新数据”找不到这些值。` };
}
