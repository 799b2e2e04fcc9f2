import { occurrenceIndex } from "../core/document/occurrence";
import type { Outcome, TextTarget } from "../core/host";
import { locate } from "./locate";
import { bodyOf } from "./parts";

const changedOutcome = (t: TextTarget): Outcome => ({ ok: false, code: "target_changed", message: `文档已改动，未找到“${t.text.slice(0, 30)}”。请重新扫描。` });

/**
 * Selects the target text in three syncs. Word has no offsets, so the target is found by searching its part for its
 * text (1), taking the hit with exactly the target's text whose rank matches the snapshot (Word's non-overlapping
 * rules), then verifying its position (2): its paragraph must read as in the snapshot and the text before the hit
 * must be the snapshot's text before the target. Word may count hits differently (Ｘ taken for X, field codes,
 * footnote references, text boxes); a hit it places elsewhere is never selected — the outcome says the document
 * changed. Only then is it selected (3). A target covering a whole paragraph (or longer than Word's 255-character
 * search limit) is selected through its paragraph, in two syncs.
 */
export async function selectTarget(context: Word.RequestContext, target: TextTarget, partTexts: readonly string[]): Promise<Outcome> {
  const changed = (t: TextTarget) => retryTracked(context, t);
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
  const hits = body.search(target.text, { matchCase: true }).load("items/text");
  await context.sync();
  const hit = hits.items.filter((h) => h.text === target.text)[k];
  if (!hit) return changed(target);
  const paragraph = hit.paragraphs.getFirst().load("text");
  const prefix = paragraph.getRange("Start").expandTo(hit.getRange("Start")).load("text");
  await context.sync();
  if (paragraph.text !== paragraphText || prefix.text !== paragraphText.slice(0, target.start)) return changed(target);
  hit.select();
  await context.sync();
  return { ok: true };
}

/**
 * Text deleted under track changes stays in paragraph.text and in search hits (office-js issues 1267, 5874) while the
 * snapshot holds the current text, so the fast path above fails near tracked deletions. With WordApi 1.4 the target is
 * then found as fill and comment find it (locate.ts, which reads getReviewedText("Current")), in four more syncs.
 */
async function retryTracked(context: Word.RequestContext, target: TextTarget): Promise<Outcome> {
  if (!Office.context.requirements.isSetSupported("WordApi", "1.4")) return changedOutcome(target);
  const { located, skipped } = await locate(context, [target]);
  const hit = located[0];
  if (!hit) {
    const why = skipped[0];
    return why ? { ok: false, code: why.code, message: why.message } : changedOutcome(target);
  }
  hit.range.select();
  await context.sync();
  return { ok: true };
}
