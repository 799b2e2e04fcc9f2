import type { Proposal } from "../core/fill/types";

/**
 * `--pick N=ROW`: the user's choice for placeholder N (numbered from 1 as `fill` prints them) among its candidates,
 * by row id (as printed) or by indicator name when that name is unique among the candidates.
 */
export interface Pick {
  n: number;
  row: string;
}

export function parsePicks(values: readonly string[]): { picks: Pick[] } | { error: string } {
  const picks: Pick[] = [];
  for (const v of values.flatMap((s) => s.split(/[,，](?=\s*\d+\s*[=＝])/))) {
    const m = /^\s*(\d+)\s*[=＝]\s*(.+?)\s*$/.exec(v);
    if (!m) return { error: `--pick “${v}” 格式不对：应为 --pick 序号=候选，如 --pick 3=城镇新增就业|2025年|全市` };
    picks.push({ n: Number(m[1]), row: m[2] as string });
  }
  return { picks };
}

/** Applies the picks; each one that does not name a usable candidate is an error saying what may be picked. */
export function applyPicks(proposals: readonly Proposal[], picks: readonly Pick[]): { proposals: Proposal[]; errors: string[] } {
  const out = [...proposals];
  const errors: string[] = [];
  for (const { n, row } of picks) {
    const p = out[n - 1];
    if (!p) {
      errors.push(`--pick ${n}=${row}：没有第 ${n} 处占位符（共 ${out.length} 处）`);
      continue;
    }
    const byId = p.candidates.filter((c) => c.rowId === row);
    const found = byId.length > 0 ? byId : p.candidates.filter((c) => c.row.name === row || c.row.aliases.includes(row));
    const listed = p.candidates.map((c) => c.rowId).join("、") || "（无候选）";
    if (found.length === 0) {
      errors.push(`--pick ${n}=${row}：第 ${n} 处“${p.placeholder.text}”的候选中没有“${row}”；可选：${listed}`);
      continue;
    }
    if (found.length > 1) {
      errors.push(`--pick ${n}=${row}：“${row}”对应 ${found.length} 个候选，请写编号：${found.map((c) => c.rowId).join("、")}`);
      continue;
    }
    const c = found[0];
    if (!c) continue;
    if (c.value === null) {
      errors.push(`--pick ${n}=${row}：候选“${c.rowId}”不能填入此处：${c.problem}`);
      continue;
    }
    out[n - 1] = { ...p, status: "fill", value: c.value, row: c.row, rowId: c.rowId, confidence: "high", reason: `按 --pick 选择“${c.rowId}”`, why: { code: "filled", params: { row: c.row.name, period: c.row.period, region: c.row.region, source: c.row.source } } };
  }
  return { proposals: out, errors };
}
