import { hitIndex } from "../document/occurrence";
import { type DocSnapshot, partKey } from "../document/snapshot";
import { classify } from "./classify";
import { clauseIn, paragraphBreaks, sentenceIn } from "./clause";
import { formHits } from "./forms";
import { MAX_SEARCH_LENGTH } from "./limits";
import { markerTokens } from "./tokens";
import type { ParagraphHit, Placeholder, PlaceholderForm, ScanProblem, ScanResult } from "./types";

interface RawHit {
  start: number;
  end: number;
  form: PlaceholderForm;
}

/**
 * Forms first (a 【…】 instruction or a mask swallows the X inside it), then marker tokens outside them. Both lists
 * come sorted by start, so overlaps are found in one sweep: a form is kept when it starts after every kept form
 * ends, and a token is dropped when the first kept form ending after its start also starts before its end.
 */
function rawHits(text: string): RawHit[] {
  const taken: RawHit[] = [];
  let takenEnd = -1;
  for (const f of formHits(text)) {
    if (f.start < takenEnd) continue;
    taken.push(f);
    takenEnd = f.end;
  }
  const out: RawHit[] = [...taken];
  let j = 0;
  for (const t of markerTokens(text)) {
    while (j < taken.length && (taken[j] as RawHit).end <= t.start) j += 1;
    const f = taken[j];
    if (f && f.start < t.end) continue;
    out.push({ start: t.start, end: t.end, form: t.mixed ? "mixed" : "marker" });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Every placeholder in one paragraph's text, in order. */
export function scanParagraph(text: string): ParagraphHit[] {
  const raw = rawHits(text);
  if (raw.length === 0) return [];
  const breaks = paragraphBreaks(text);
  const hits = raw.map((h): ParagraphHit => {
    const tokenText = text.slice(h.start, h.end);
    const c = classify(text, h.start, h.end, h.form, tokenText);
    return {
      start: h.start,
      end: h.end,
      text: tokenText,
      kind: c.kind,
      form: h.form,
      unit: c.unit,
      title: c.title,
      approx: c.approx,
      ordinal: c.ordinal,
      group: "",
      clause: clauseIn(breaks, h.start, h.end),
      sentence: sentenceIn(breaks, h.start, h.end),
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
    const hits = hitIndex(p.text);
    const key = partKey(p.part);
    for (const h of scanParagraph(p.text)) {
      if (h.text.length > MAX_SEARCH_LENGTH) {
        problems.push({ code: "search_text_too_long", message: `占位符超过 ${MAX_SEARCH_LENGTH} 个字符，Word 无法定位，请手动处理。`, part: p.part, paragraph: p.index, start: h.start, end: h.end });
      } else if (hits.rank(h.text, h.start) < 0) {
        problems.push({ code: "placeholder_unreachable", message: `“${h.text}”紧挨着相同的文字，Word 搜索无法单独选中它。`, part: p.part, paragraph: p.index, start: h.start, end: h.end });
      }
      // The hit becomes the placeholder in place: one object per placeholder, not two.
      const ph = h as Placeholder;
      ph.id = `${key}:${p.index}:${h.start}`;
      ph.part = p.part;
      ph.paragraph = p.index;
      ph.docIndex = docIndex;
      ph.inTable = p.inTable;
      ph.rowContext = p.rowContext ?? "";
      ph.bound = p.bindings?.find((b) => b.start === h.start && b.end === h.end)?.indicator ?? "";
      placeholders.push(ph);
    }
  });
  return { placeholders, problems };
}
