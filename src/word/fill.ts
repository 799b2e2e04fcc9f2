import type { FillReport, FillTarget, WriteOptions } from "../core/host";
import { HostError, friendly, tracesOf } from "./errors";
import { locate } from "./locate";
import { syncTracked } from "./tracking";

/** A fill that failed part-way: `report.applied` lists the values Word had already written when it failed. */
export class PartialFillError extends HostError {
  constructor(
    code: string,
    message: string,
    readonly report: FillReport,
  ) {
    super(code, message);
    this.name = "PartialFillError";
  }
}

/**
 * Fills in three syncs whatever the number of targets: two to find the targets again (each checked to still hold
 * its text inside an unchanged clause), one to replace them — optionally inside tagged content controls and under
 * track changes. Each write is followed by a context.trace() mark: when Word fails part-way, the writes before the
 * failure stay in the document, and the error's traceMessages tell which, so the report says exactly what was filled.
 */
export async function fillTargets(
  context: Word.RequestContext,
  targets: readonly FillTarget[],
  options: WriteOptions,
  /** the tag to write for each full tag (see tags.ts); a tag missing here is written as it is */
  tagsToWrite: ReadonlyMap<string, string> = new Map(),
): Promise<FillReport> {
  const tracking = options.trackChanges ? context.document.load("changeTrackingMode") : undefined;
  const { located, skipped } = await locate(context, targets.map((t) => ({ ...t, guard: t.clause })));
  try {
    await syncTracked(context, tracking, () => {
      located.forEach(({ target, range }, i) => {
        const written = range.insertText(target.value, "Replace");
        if (options.linked && target.tag) {
          const cc = written.insertContentControl();
          cc.tag = tagsToWrite.get(target.tag) ?? target.tag;
          cc.title = (target.label ?? "DraftKit").slice(0, 64);
          cc.appearance = "BoundingBox";
          cc.color = "#2F5597";
        }
        context.trace(String(i));
      });
    });
  } catch (e) {
    const done = new Set(tracesOf(e));
    const applied = located.filter((_, i) => done.has(String(i))).map((l) => l.target);
    const rest = located.length - applied.length;
    const why = friendly(e);
    const message = `${why.message}中断前已填入 ${applied.length} 处（已写入文档，可撤销），其余 ${rest} 处未填。请重新扫描后继续。`;
    throw new PartialFillError(why.code, message, { applied, skipped });
  }
  return { applied: located.map((l) => l.target), skipped };
}
