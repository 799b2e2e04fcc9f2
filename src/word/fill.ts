import type { FillReport, FillTarget, WriteOptions } from "../core/host";
import { locate } from "./locate";
import { withTracking } from "./tracking";

/**
 * Fills in three syncs whatever the number of targets: two to find the targets again (each checked to still hold
 * its text inside an unchanged clause), one to replace them — optionally inside tagged content controls and under
 * track changes.
 */
export async function fillTargets(context: Word.RequestContext, targets: readonly FillTarget[], options: WriteOptions): Promise<FillReport> {
  const tracking = options.trackChanges ? context.document.load("changeTrackingMode") : undefined;
  const { located, skipped } = await locate(context, targets.map((t) => ({ ...t, guard: t.clause })));
  withTracking(context, tracking, () => {
    for (const { target, range } of located) {
      const written = range.insertText(target.value, "Replace");
      if (options.linked && target.tag) {
        const cc = written.insertContentControl();
        cc.tag = target.tag;
        cc.title = target.label ?? "DraftKit";
        cc.appearance = "BoundingBox";
        cc.color = "#2F5597";
      }
    }
  });
  await context.sync();
  return { applied: located.map((l) => l.target), skipped };
}
