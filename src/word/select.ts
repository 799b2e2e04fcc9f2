import { occurrenceIndex } from "../core/document/occurrence";
import type { Outcome, TextTarget } from "../core/host";
import { bodyOf } from "./parts";

const changed = (t: TextTarget): Outcome => ({ ok: false, code: "target_changed", message: `文档已改动，未找到“${t.text.slice(0, 30)}”。请重新扫描。` });

/**
 * Selects the target text in two syncs. Word has no offsets, so the target is found by searching its part for its
 * text and taking the hit whose position matches the snapshot (Word's non-overlapping rules). A target covering a
 * whole paragraph (or longer than Word's 255-character search limit) is selected through its paragraph instead.
 * The text is checked before selecting: if the document changed, nothing is selected and the outcome says so.
 */
export async function selectTarget(context: Word.RequestContext, target: TextTarget, partTexts: readonly string[]): Promise<Outcome> {
  const body = bodyOf(context, target.part);
  const paragraphText = partTexts[target.paragraph] ?? "";
  if ((target.start === 0 && target.end === paragraphText.length) || target.text.length > 255) {
    const page = body.paragraphs.load({ select: "text", skip: target.paragraph, top: 1 });
    await context.sync();
    const p = page.items[0];
    if (!p || p.text.slice(target.start, target.end) !== target.text) return changed(target);
    p.select();
    await context.sync();
    return { ok: true };
  }
  const k = occurrenceIndex(partTexts, target.paragraph, target.start, target.text);
  if (k === undefined) {
    return { ok: false, code: "target_unreachable", message: `无法在文档中定位“${target.text}”，请手动查找。` };
  }
  const hits = body.search(target.text, { matchCase: true }).load({ select: "text", skip: k, top: 1 });
  await context.sync();
  const hit = hits.items[0];
  if (!hit || hit.text !== target.text) return changed(target);
  hit.select();
  await context.sync();
  return { ok: true };
}
