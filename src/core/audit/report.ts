import { type DocSnapshot, locationIn, locationLabel } from "../document/snapshot";
import type { AuditResult } from "./run";
import { rules } from "./rules/index";
import type { Severity } from "./types";

/** The first `n` characters by code point, so an emoji (a surrogate pair) is never cut in half. */
export const excerpt = (s: string, n: number): string => {
  const head = Array.from(s.slice(0, 2 * n)).slice(0, n).join("");
  return head.length < s.length ? `${head}…` : head;
};

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
export const severityLabel: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

/**
 * A self-contained printable HTML report (A4, zh-CN) of an audit, grouped by rule. With the audited `snapshot`, a
 * paragraph in a table cell is 表格第 N 段 as in the pane; without it, 正文.
 */
export function auditReportHtml(result: AuditResult, meta: { title: string; date: string; region?: string; snapshot?: DocSnapshot }): string {
  const where = (f: AuditResult["findings"][number]) => (meta.snapshot ? locationIn(meta.snapshot, f.part, f.paragraph) : locationLabel(f.part, f.paragraph));
  const groups = rules
    .map((r) => ({ rule: r, findings: result.findings.filter((f) => f.rule === r.id) }))
    .filter((g) => g.findings.length > 0);
  const verdict = result.printable ? "可以打印" : "尚不能打印";
  const body = groups
    .map(
      (g) => `<h2>${esc(g.rule.title)}（${g.findings.length}）</h2>
<table><thead><tr><th>位置</th><th>级别</th><th>原文</th><th>说明</th></tr></thead><tbody>
${g.findings
  .map(
    (f) =>
      `<tr class="${f.severity}"><td>${esc(where(f))}</td><td>${severityLabel[f.severity]}</td><td>${esc(excerpt(f.text, 40))}</td><td>${esc(f.message)}</td></tr>`,
  )
  .join("\n")}
</tbody></table>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>审核报告 · ${esc(meta.title)}</title>
<style>
@page { size: A4; margin: 20mm; }
body { font-family: "FangSong", "仿宋", "SimSun", serif; font-size: 12pt; color: #000; }
h1 { font-family: "SimHei", "黑体", sans-serif; font-size: 18pt; text-align: center; }
h2 { font-family: "SimHei", "黑体", sans-serif; font-size: 14pt; margin-top: 1.2em; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #555; padding: 3px 6px; vertical-align: top; }
tr.error td:nth-child(2) { color: #a00; font-weight: bold; } .summary { text-align: center; }
</style></head><body>
<h1>打印前审核报告</h1>
<p class="summary">${esc(meta.title)} · ${esc(meta.date)}${meta.region ? ` · 本地地区：${esc(meta.region)}` : ""}</p>
<p class="summary"><strong>${result.errors} 个错误，${result.warnings} 个警告，${result.infos} 个提示 —— ${verdict}</strong></p>
${body || "<p>未发现问题。</p>"}
</body></html>
`;
}
