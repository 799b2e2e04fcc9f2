import { hitOffsets } from "../document/occurrence";
import { type DocSnapshot, partKey } from "../document/snapshot";
import { classify } from "./classify";
import { clauseAround, sentenceAround } from "./clause";
import { formHits } from "./forms";
import { MAX_SEARCH_LENGTH } from "./limits";
import { markerTokens } from "./tokens";
import type { ParagraphHit, Placeholder, PlaceholderForm, ScanProblem, ScanResult } from "./types";

interface RawHit {
  start: number;
  end: number;
  form: PlaceholderForm;
}

/** Forms first (a 【…】 instruction or a mask swallows the X inside it), then marker tokens outside them. */
function rawHits(text: string): RawHit[] {
  const taken: RawHit[] = [];
  for (const f of formHits(text)) if (!taken.some((t) => f.start < t.end && t.start < f.end)) taken.push(f);
  const out: RawHit[] = [...taken];
  for (const t of markerTokens(text)) {
    if (taken.some((f) => t.start < f.end && f.start < t.end)) continue;
    out.push({ start: t.start, end: t.end, form: t.mixed ? "mixed" : "marker" });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Every placeholder in one paragraph's text, in order. */
export function scanParagraph(text: string): ParagraphHit[] {
  const hits = rawHits(text).map((h): ParagraphHit => {
    const tokenText = text.slice(h.start, h.end);
    const c = classify(text, h.start, h.end, h.form, tokenText);
    return {
      start: h.start,
      end: h.end,
      text: tokenText,
      form: h.form,
      ...c,
      group: "",
      clause: clauseAround(text, h.start, h.end),
      sentence: sentenceAround(text, h.start, h.end),
    };
  });
  // Date parts written together (XXXX年XX月XX日, X月X日) form one date.
  for (let i = 0; i < hits.length; i += 1) {
    const h = hits[i] as ParagraphHit;
    if (h.kind !== "date") continue;
    const prev = hits[i - 1];
    const joined = prev && prev.kind === "date" && prev.end + prev.unit.length === h.start;
    h.group = joined ? prev.group : `date@${h.start}`;
  }
  return hits;
}

/** Scans every paragraph of a snapshot; problems (text Word cannot search for) are reported, not thrown. */
export function scanSnapshot(snapshot: DocSnapshot): ScanResult {
  const placeholders: Placeholder[] = [];
  const problems: ScanProblem[] = [];
  snapshot.paragraphs.forEach((p, docIndex) => {
    for (const h of scanParagraph(p.text)) {
      const where = { part: p.part, paragraph: p.index, start: h.start, end: h.end };
      if (h.text.length > MAX_SEARCH_LENGTH) {
        problems.push({ code: "search_text_too_long", message: `占位符超过 ${MAX_SEARCH_LENGTH} 个字符，Word 无法定位，请手动处理。`, ...where });
      } else if (!hitOffsets(p.text, h.text).includes(h.start)) {
        problems.push({ code: "placeholder_unreachable", message: `“${h.text}”紧挨着相同的文字，Word 搜索无法单独选中它。`, ...where });
      }
      placeholders.push({ ...h, id: `${partKey(p.part)}:${p.index}:${h.start}`, part: p.part, paragraph: p.index, docIndex, inTable: p.inTable, rowContext: p.rowContext ?? "", bound: p.bindings?.find((b) => b.start === h.start && b.end === h.end)?.indicator ?? "" });
    }
  });
  return { placeholders, problems };
}
