import type { Proposal } from "./types";

/** Writes the proposals that fill into plain-text paragraphs (right to left, so earlier offsets stay valid). */
export function applyToLines(lines: readonly string[], proposals: readonly Proposal[]): string[] {
  const out = [...lines];
  const fills = proposals
    .filter((p) => p.status === "fill" && p.value !== null && p.placeholder.part.kind === "body")
    .sort((a, b) => b.placeholder.paragraph - a.placeholder.paragraph || b.placeholder.start - a.placeholder.start);
  for (const p of fills) {
    const line = out[p.placeholder.paragraph];
    if (line === undefined || line.slice(p.placeholder.start, p.placeholder.end) !== p.placeholder.text) continue;
    out[p.placeholder.paragraph] = line.slice(0, p.placeholder.start) + (p.value as string) + line.slice(p.placeholder.end);
  }
  return out;
}
