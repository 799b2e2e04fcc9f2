import type { CommentReport, CommentTarget, Skipped } from "../core/host";
import { locate } from "./locate";

/** Every comment DraftKit writes starts with this marker; a new run replaces the comments that carry it. */
export const COMMENT_MARK = "【DraftKit】";

/**
 * Anchors one Word comment per target (WordApi 1.4) in three syncs: two to find the targets (the body's comments are
 * read in the first), one to delete DraftKit's earlier comments and insert the new ones — so a retry never
 * duplicates them. Word has no comments in headers or footers (office-js issue 341): such targets are not attempted
 * and come back as skipped with a note, so the others are still commented.
 */
export async function insertComments(context: Word.RequestContext, targets: readonly CommentTarget[]): Promise<CommentReport> {
  const refused: Skipped[] = [];
  const allowed: CommentTarget[] = [];
  for (const t of targets) {
    if (t.part.kind === "header" || t.part.kind === "footer") {
      const where = t.part.kind === "header" ? "页眉" : "页脚";
      refused.push({ target: t, code: "comment_not_allowed", message: `Word 不能在${where}中插入批注，请手动处理：“${t.text.slice(0, 30)}”——${t.message}` });
    } else allowed.push(t);
  }
  const earlier = context.document.body.getComments().load("items/content");
  const { located, skipped } = await locate(context, allowed);
  const ours = earlier.items.filter((c) => c.content.startsWith(COMMENT_MARK));
  for (const c of ours) c.delete();
  for (const { target, range } of located) range.insertComment(`${COMMENT_MARK}${target.message}`);
  await context.sync();
  return { inserted: located.length, skipped: [...skipped, ...refused], removed: ours.length };
}
