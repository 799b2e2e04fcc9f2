import { HostError, friendly } from "./errors";

/**
 * Queues `edits` (under track changes when `tracking`, the document with changeTrackingMode loaded, is given), puts
 * the user's own mode back in the same batch and syncs. A failed batch keeps the commands that ran before the
 * failure (Word does not roll a batch back; see OfficeExtension.Error.traceMessages), which would leave the document
 * in TrackAll: the mode is then restored in a sync of its own before the error is passed on.
 */
export async function syncTracked(context: Word.RequestContext, tracking: Word.Document | undefined, edits: () => void): Promise<void> {
  const previous = tracking?.changeTrackingMode;
  const restore = tracking !== undefined && previous !== undefined && previous !== "TrackAll";
  if (restore) context.document.changeTrackingMode = "TrackAll";
  try {
    edits();
    if (restore) context.document.changeTrackingMode = previous;
    await context.sync();
  } catch (e) {
    if (!restore) throw e;
    try {
      context.document.changeTrackingMode = previous;
      await context.sync();
    } catch (again) {
      const first = friendly(e);
      throw new HostError(first.code, `${first.message}另外，修订模式未能恢复（${friendly(again).message}），请在“审阅”选项卡中手动设置。`);
    }
    throw e;
  }
}
