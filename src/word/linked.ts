import type { LinkedValue } from "../core/host";
import { expandTag, isDraftKitTag, readTagMap } from "./tags";
import { syncTracked } from "./tracking";

/** Every content control DraftKit tagged, in one sync; short tags come back as the full tags they stand for. */
export async function readLinked(context: Word.RequestContext): Promise<LinkedValue[]> {
  const all = context.document.contentControls.load("items/id,items/tag,items/text");
  await context.sync();
  const map = readTagMap();
  return all.items.filter((c) => isDraftKitTag(c.tag)).map((c) => ({ id: c.id, tag: expandTag(c.tag, map), text: c.text }));
}

/** Replaces the text of linked content controls by id in two syncs (a control deleted meanwhile is skipped). */
export async function writeLinked(context: Word.RequestContext, updates: readonly { id: number; text: string }[], trackChanges: boolean): Promise<number> {
  if (updates.length === 0) return 0;
  const controls = updates.map((u) => ({ u, cc: context.document.contentControls.getByIdOrNullObject(u.id) }));
  for (const { cc } of controls) cc.load("id");
  const tracking = trackChanges ? context.document.load("changeTrackingMode") : undefined;
  await context.sync();
  let n = 0;
  await syncTracked(context, tracking, () => {
    for (const { u, cc } of controls) {
      if (cc.isNullObject) continue;
      cc.insertText(u.text, "Replace");
      n += 1;
    }
  });
  return n;
}
