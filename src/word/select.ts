import { occurrenceIndex } from "../core/document/occurrence";
import type { Outcome, TextTarget } from "../core/host";
import { partBody } from "./read";

/**
 * Selects the target text. Word has no offsets, so the target is found by searching its part for its text and
 * taking the hit whose position matches the snapshot (same non-overlapping rules as Word). The hit's text is
 * checked before selecting: if the document changed, nothing is selected and the outcome says so.
 * Two syncs in the body, three in a header or footer.
 */
export async function selectTarget(context: Word.RequestContext, target: TextTarget, partTexts: readonly string[]): Promise<Outcome> {
  const k = occurrenceIndex(partTexts, target.paragraph, target.start, target.text);
  if (k === undefined) {
    return { ok: false, code: "target_unreachable", message: `无法在文档中定位“${target.text}”，请手动查找。` };
  }
  const body = await partBody(context, target.part);
  const hits = body.search(target.text, { matchCase: true }).load({ select: "text", skip: k, top: 1 });
  await context.sync();
  const hit = hits.items[0];
  if (!hit || hit.text !== target.text) {
    return { ok: false, code: "target_changed", message: `文档已改动，未找到“${target.text}”。请重新扫描。` };
  }
  hit.select();
  await context.sync();
  return { ok: true };
}
