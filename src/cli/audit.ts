import { writeFile } from "node:fs/promises";
import data from "../data/divisions.json";
import { type DivisionData, buildDivisionIndex } from "../core/audit/divisions";
import { auditReportHtml, severityLabel } from "../core/audit/report";
import { runAudit } from "../core/audit/run";
import { rules } from "../core/audit/rules/index";
import { snapshotFromLines } from "../core/document/snapshot";
import { parseArgs } from "./args";
import { type Io, readDraft } from "./io";
import { table } from "./table";

const usage = "用法 / usage: draftkit audit FILE [--json] [--region 名称] [--year Y] [--report OUT.html]";

/** `draftkit audit`: exit 1 when any error-level finding remains, 0 when the draft can be printed, 2 on bad input. */
export async function auditCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["region", "year", "report"]);
  if ("error" in args) {
    io.err(`draftkit audit: ${args.error}\n`);
    return 2;
  }
  const [file, ...extra] = args.positional;
  const unknown = [...args.flags.keys()].filter((f) => !["region", "year", "report", "json"].includes(f));
  const year = args.flags.get("year");
  const region = args.flags.get("region");
  if (!file || extra.length > 0 || unknown.length > 0) {
    io.err(`${usage}\n`);
    return 2;
  }
  if (year !== undefined && !/^\d{4}$/.test(String(year))) {
    io.err("draftkit audit: --year 应为四位年份，如 2026\n");
    return 2;
  }
  const lines = await readDraft(file, io);
  if (!lines) return 2;
  const result = runAudit(snapshotFromLines(lines), {
    divisions: buildDivisionIndex(data as DivisionData),
    ...(typeof region === "string" ? { region } : {}),
    ...(typeof year === "string" ? { docYear: Number(year) } : {}),
  });
  const report = args.flags.get("report");
  if (typeof report === "string") {
    await writeFile(report, auditReportHtml(result, { title: file, date: new Date().toISOString().slice(0, 10), ...(typeof region === "string" ? { region } : {}) }));
  }
  if (args.flags.has("json")) {
    const findings = result.findings.map((f) => ({ rule: f.rule, severity: f.severity, paragraph: f.paragraph, start: f.start, end: f.end, message: f.message, text: f.text }));
    io.out(`${JSON.stringify({ findings })}\n`);
  } else {
    for (const rule of rules) {
      const fs = result.findings.filter((f) => f.rule === rule.id);
      if (fs.length === 0) continue;
      io.out(`\n■ ${rule.title}（${fs.length}）\n`);
      io.out(table(["段:位置", "级别", "原文", "说明"], fs.map((f) => [`${f.paragraph + 1}:${f.start}`, severityLabel[f.severity], f.text.slice(0, 12), f.message])));
    }
    io.out(`\n${result.errors} 个错误，${result.warnings} 个警告，${result.infos} 个提示 —— ${result.printable ? "可以打印" : "尚不能打印"}\n`);
    if (typeof region !== "string") io.out("（未指定 --region，未检查外地地名）\n");
  }
  return result.errors > 0 ? 1 : 0;
}
