import { partKey, partLabel } from "../core/document/snapshot";
import { describeReason } from "../core/fill/reasons";
import type { Proposal } from "../core/fill/types";
import { wrap } from "./wrap";

/** Advice for the command line: the pane's “pick a candidate” becomes the --pick option. */
function cliReason(p: Proposal, n: number): string {
  const { hint, ...bare } = p.why;
  if (!hint || hint.code !== "pick_candidate") return p.reason;
  // The hint is the tail describeReason adds after the reason; the CLI says how to pick instead.
  const full = describeReason(p.why, "zh-CN");
  const tail = full.slice(describeReason(bare, "zh-CN").length);
  const text = tail && p.reason.endsWith(tail) ? p.reason.slice(0, -tail.length) : p.reason;
  const usable = p.candidates.find((c) => c.value !== null);
  return `${text}。请用 --pick ${n}=<候选编号> 选择${usable ? `，如 --pick ${n}=${usable.rowId}` : ""}，或在句中写明所指`;
}

/** One block per placeholder: number (for --pick), place, value, the reason in full and every candidate, wrapped. */
export function fillText(proposals: readonly Proposal[], columns: number): string {
  const blocks = proposals.map((p, i) => {
    const n = i + 1;
    const ph = p.placeholder;
    const head = `#${n}  ${ph.part.kind === "body" ? "" : `${partLabel(ph.part)} `}${ph.paragraph + 1}:${ph.start}  ${ph.text}${ph.unit || ph.title}  → ${p.status === "fill" ? (p.value ?? "") : "（留空）"}`;
    const lines = [head, wrap(`依据：${cliReason(p, n)}`, columns, "    ")];
    if (p.status !== "fill" && p.candidates.length > 0) {
      const list = p.candidates.map((c) => `${c.rowId}（${c.value === null ? c.problem || "不可用" : `填 ${c.value}`}）`).join("；");
      lines.push(wrap(`候选 ${p.candidates.length} 个：${list}`, columns, "    "));
    }
    return lines.join("\n");
  });
  return blocks.length > 0 ? `${blocks.join("\n")}\n` : "没有占位符。\n";
}

export function fillJson(proposals: readonly Proposal[], out: string | null): string {
  const fills = proposals.map((p, i) => ({
    n: i + 1,
    // .docx drafts: headers, footers and notes are parts of their own
    ...(p.placeholder.part.kind === "body" ? {} : { part: partKey(p.placeholder.part) }),
    paragraph: p.placeholder.paragraph,
    start: p.placeholder.start,
    end: p.placeholder.end,
    text: p.placeholder.text,
    value: p.status === "fill" ? p.value : null,
    row: p.rowId ?? null,
    reason: p.reason,
    status: p.status,
    confidence: p.confidence,
    kind: p.placeholder.kind,
    candidates: p.candidates.map((c) => ({ row: c.rowId, name: c.row.name, value: c.value, problem: c.problem || null })),
  }));
  return `${JSON.stringify({ fills, out })}\n`;
}
