import type { LinkedValue } from "../core/host";
import { expandTag, isDraftKitTag, readTagMap } from "./tags";
import { syncTracked } from "./tracking";

/**
 * Every content control DraftKit tagged; short tags come back as the full tags they stand for. Text deleted under
 * track changes stays in a control's text (office-js issues 1267, 5874), so after a tracked refresh the old and new
 * values would read as one: with WordApi 1.4 each value is read through getReviewedText("Current"), in a second sync.
 */
export async function readLinked(context: Word.RequestContext): Promise<LinkedValue[]> {
  const all = context.document.contentControls.load("items/id,items/tag,items/text");
  await context.sync();
  const map = readTagMap();
  const ours = all.items.filter((c) => isDraftKitTag(c.tag));
  const current = Office.context.requirements.isSetSupported("WordApi", "1.4") && ours.length > 0 ? ours.map((c) => c.getReviewedText("Current")) : undefined;
  if (current) await context.sync();
  return ours.map((c, i) => ({ id: c.id, tag: expandTag(c.tag, map), text: current?.[i]?.value ?? c.text }));
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
