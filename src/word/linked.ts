import type { LinkedValue } from "../core/host";
import { syncTracked } from "./tracking";

const PREFIX = "draftkit:";

/** Every content control DraftKit tagged, in one sync. */
export async function readLinked(context: Word.RequestContext): Promise<LinkedValue[]> {
  const all = context.document.contentControls.load("items/id,items/tag,items/text");
  await context.sync();
  return all.items.filter((c) => c.tag.startsWith(PREFIX)).map((c) => ({ id: c.id, tag: c.tag, text: c.text }));
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
