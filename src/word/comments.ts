import type { CommentTarget, Skipped } from "../core/host";
import { locate } from "./locate";

/** Anchors one Word comment per target (WordApi 1.4) in three syncs: two to find the targets, one to comment. */
export async function insertComments(context: Word.RequestContext, targets: readonly CommentTarget[]): Promise<{ inserted: number; skipped: Skipped[] }> {
  const { located, skipped } = await locate(context, targets);
  for (const { target, range } of located) range.insertComment(`【DraftKit】${target.message}`);
  await context.sync();
  return { inserted: located.length, skipped };
}
