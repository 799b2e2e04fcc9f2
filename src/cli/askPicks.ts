import type { Proposal } from "../core/fill/types";
import { applyPicks } from "./fillPick";
import type { Io } from "./io";
import { cut } from "./wrap";

/**
 * On a terminal, each placeholder left blank with usable candidates is offered as a numbered choice; Enter skips
 * it, end of input stops asking. The same choice as `--pick N=ROW`, which scripts use instead.
 */
export async function askPicks(proposals: readonly Proposal[], io: Io): Promise<Proposal[]> {
  let out = [...proposals];
  if (!io.ask) return out;
  for (let i = 0; i < out.length; i += 1) {
    const p = out[i] as Proposal;
    const usable = p.candidates.filter((c) => c.value !== null);
    if (p.status === "fill" || usable.length === 0 || (p.status !== "ambiguous" && p.status !== "conflict")) continue;
    const n = i + 1;
    const lines = usable.map((c, k) => `  ${k + 1}) ${c.rowId} → ${c.value ?? ""}`);
    io.out(`\n#${n}  ${p.placeholder.paragraph + 1}:${p.placeholder.start}  “${cut(p.placeholder.clause.text, 40)}”\n${lines.join("\n")}\n`);
    const answer = await io.ask(`选择 1-${usable.length}，回车跳过：`);
    if (answer === undefined) break;
    const k = Number(answer.trim());
    if (answer.trim() === "") continue;
    const chosen = Number.isInteger(k) ? usable[k - 1] : undefined;
    if (!chosen) {
      io.err(`“${answer.trim()}”不是 1-${usable.length} 中的数字，第 ${n} 处留空\n`);
      continue;
    }
    out = applyPicks(out, [{ n, row: chosen.rowId }]).proposals;
  }
  return out;
}
