import type { SampleFill } from "../../../core/audit/rules/sampleData";
import { partKey } from "../../../core/document/snapshot";
import type { Proposal } from "../../../core/fill/types";
import type { TextTarget } from "../../../core/host";

const BEFORE = 8;
const place = (t: { part: TextTarget["part"]; paragraph: number }) => `${partKey(t.part)}#${t.paragraph}`;

/**
 * The values a fill wrote from a sample table, where they now stand. Only values taken unchanged from a row count
 * (a value the user typed over is theirs). Offsets move by the length change of earlier fills in the same paragraph,
 * and the recorded context never reaches back into an earlier fill.
 */
export function recordSampleFills(chosen: readonly { proposal: Proposal; value: string }[], applied: readonly TextTarget[]): SampleFill[] {
  const done = new Set(applied.map((a) => `${place(a)}@${a.start}`));
  const written = chosen
    .filter(({ proposal }) => done.has(`${place(proposal.placeholder)}@${proposal.placeholder.start}`))
    .sort((a, b) => a.proposal.placeholder.docIndex - b.proposal.placeholder.docIndex || a.proposal.placeholder.start - b.proposal.placeholder.start);
  const out: SampleFill[] = [];
  let para = "";
  let shift = 0;
  let lastEnd = 0;
  for (const { proposal, value } of written) {
    const ph = proposal.placeholder;
    if (place(ph) !== para) {
      para = place(ph);
      shift = 0;
      lastEnd = 0;
    }
    const from = Math.max(ph.clause.start, ph.start - BEFORE, lastEnd);
    const before = ph.clause.text.slice(from - ph.clause.start, ph.start - ph.clause.start);
    if (proposal.row && value === proposal.value) {
      out.push({ part: ph.part, paragraph: ph.paragraph, start: ph.start + shift, before, value, row: proposal.row.name });
    }
    shift += value.length - (ph.end - ph.start);
    lastEnd = ph.end;
  }
  return out;
}

/** Recorded sample fills that another fill has written over (same place) are replaced by the newer record. */
export function mergeSampleFills(old: readonly SampleFill[], added: readonly SampleFill[]): SampleFill[] {
  const key = (f: SampleFill) => `${partKey(f.part)}#${f.paragraph}@${f.start}`;
  const fresh = new Set(added.map(key));
  return [...old.filter((f) => !fresh.has(key(f))), ...added];
}
