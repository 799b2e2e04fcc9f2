import { hitOffsets } from "../core/document/occurrence";
import { partKey } from "../core/document/snapshot";
import type { FillReport, FillTarget, Skipped, WriteOptions } from "../core/host";
import { bodyOf } from "./parts";

const changed = (t: FillTarget): Skipped => ({ target: t, code: "target_changed", message: `“${t.clause.text}”已被改动，未填写，请重新扫描后再填` });

/**
 * Fills in three syncs whatever the number of targets:
 * 1. load the text of every paragraph of the parts involved, and check each target's clause is unchanged;
 * 2. search each affected paragraph once per needed text and load the hits;
 * 3. replace each target's hit (re-checked), optionally inside a tagged content control and under track changes.
 */
export async function fillTargets(context: Word.RequestContext, targets: readonly FillTarget[], options: WriteOptions): Promise<FillReport> {
  const skipped: Skipped[] = [];
  const parts = new Map<string, Word.ParagraphCollection>();
  for (const t of targets) {
    const key = partKey(t.part);
    if (!parts.has(key)) parts.set(key, bodyOf(context, t.part).paragraphs.load("items/text"));
  }
  const tracking = options.trackChanges ? context.document.load("changeTrackingMode") : undefined;
  await context.sync();

  type Planned = { target: FillTarget; hits: Word.RangeCollection; k: number };
  const planned: Planned[] = [];
  const searches = new Map<string, Word.RangeCollection>();
  for (const t of targets) {
    const paragraph = parts.get(partKey(t.part))?.items[t.paragraph];
    const text = paragraph?.text;
    if (!paragraph || text === undefined) {
      skipped.push({ target: t, code: "target_missing", message: `找不到“${t.clause.text}”所在段落，未填写` });
      continue;
    }
    if (text.slice(t.clause.start, t.clause.end) !== t.clause.text || text.slice(t.start, t.end) !== t.text) {
      skipped.push(changed(t));
      continue;
    }
    const k = hitOffsets(text, t.text).indexOf(t.start);
    if (k < 0) {
      skipped.push({ target: t, code: "target_unreachable", message: `“${t.text}”无法被 Word 单独定位，请手动填写` });
      continue;
    }
    const key = `${partKey(t.part)}|${t.paragraph}|${t.text}`;
    let hits = searches.get(key);
    if (!hits) {
      hits = paragraph.search(t.text, { matchCase: true }).load("items/text");
      searches.set(key, hits);
    }
    planned.push({ target: t, hits, k });
  }
  await context.sync();

  const applied: FillTarget[] = [];
  const previousMode = tracking?.changeTrackingMode;
  if (tracking && previousMode !== "TrackAll") context.document.changeTrackingMode = "TrackAll";
  for (const { target, hits, k } of planned) {
    const hit = hits.items[k];
    if (!hit || hit.text !== target.text) {
      skipped.push(changed(target));
      continue;
    }
    const written = hit.insertText(target.value, "Replace");
    if (options.linked && target.tag) {
      const cc = written.insertContentControl();
      cc.tag = target.tag;
      cc.title = target.label ?? "DraftKit";
      cc.appearance = "BoundingBox";
      cc.color = "#2F5597";
    }
    applied.push(target);
  }
  if (tracking && previousMode && previousMode !== "TrackAll") context.document.changeTrackingMode = previousMode;
  await context.sync();
  return { applied, skipped };
}
