import data from "../data/divisions.json";
import { type DivisionData, buildDivisionIndex } from "../core/audit/divisions";
import { auditReportHtml, severityLabel } from "../core/audit/report";
import { runAudit } from "../core/audit/run";
import { rules } from "../core/audit/rules/index";
import { isLevel, parseArgs, unknownOptions } from "./args";
import { partKey, partLabel } from "../core/document/snapshot";
import { draftSnapshot } from "./draftFile";
import { type Io, readDraft, reportWrite } from "./io";
import { writeSafely } from "./safeWrite";
import { table } from "./table";
import { cut } from "./wrap";
import { cliAdvice } from "./advice";

const usage = "用法 / usage: draftkit audit FILE [--json] [--region 地名] [--year Y] [--report OUT.html]";
const cmd = "draftkit audit";

/** `draftkit audit`: exit 1 when any error-level finding remains, 0 when the draft can be printed, 2 on bad input. */
export async function auditCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["region", "year", "report", "level"]);
  const fail = (why: string): number => {
    io.err(`${cmd}: ${why}\n${usage}\n`);
    return 2;
  };
  if ("error" in args) return fail(args.error);
  if (args.flags.has("level")) return fail("审核不使用 --level（级别由文稿判断）；检查外地地名请用 --region 地名，如 --region 富顺县");
  const unknown = unknownOptions(args, ["region", "year", "report", "json"]);
  if (unknown) return fail(unknown);
  const [file, ...extra] = args.positional;
  if (!file) return fail("缺少文稿文件 FILE (missing FILE)");
  if (extra.length > 0) return fail(`多余的参数 ${extra.join(" ")}`);
  const year = args.flags.get("year");
  const region = args.flags.get("region");
  if (year !== undefined && !/^\d{4}$/.test(String(year))) return fail("--year 应为四位年份，如 2026");
  if (typeof region === "string" && isLevel(region)) return fail(`--region 是本文的地名（如 富顺县），不是级别；级别请用 --level ${region}`);
  const draft = await readDraft(file, io, cmd);
  if (!draft) return 2;
  const snapshot = draftSnapshot(draft);
  const result = runAudit(snapshot, {
    divisions: buildDivisionIndex(data as DivisionData),
    ...(typeof region === "string" ? { region } : {}),
    ...(typeof year === "string" ? { docYear: Number(year) } : {}),
  });
  const report = args.flags.get("report");
  if (typeof report === "string") {
    const html = auditReportHtml(result, { title: file, date: new Date().toISOString().slice(0, 10), snapshot, ...(typeof region === "string" ? { region } : {}) });
    if (!reportWrite(await writeSafely(report, new TextEncoder().encode(html), { inputs: [file] }), io, cmd)) return 2;
  }
  if (args.flags.has("json")) {
    const findings = result.findings.map((f) => ({ ...(f.part.kind === "body" ? {} : { part: partKey(f.part) }), rule: f.rule, severity: f.severity, paragraph: f.paragraph, start: f.start, end: f.end, message: cliAdvice(f.message), text: f.text }));
    io.out(`${JSON.stringify({ findings })}\n`);
  } else {
    // A body paragraph in a table cell is 表格, as in the pane and the report (partLabel is the one naming of parts).
    const inTable = (f: (typeof result.findings)[number]): boolean => snapshot.paragraphs.some((p) => p.index === f.paragraph && p.inTable && partKey(p.part) === partKey(f.part));
    const where = (f: (typeof result.findings)[number]): string => {
      const t = inTable(f);
      return `${f.part.kind === "body" && !t ? "" : `${partLabel(f.part, t)} `}${f.paragraph + 1}:${f.start}`;
    };
    for (const rule of rules) {
      const fs = result.findings.filter((f) => f.rule === rule.id);
      if (fs.length === 0) continue;
      io.out(`\n■ ${rule.title}（${fs.length}）\n`);
      io.out(table(["段:位置", "级别", "原文", "说明"], fs.map((f) => [where(f), severityLabel[f.severity], cut(f.text, 12), cliAdvice(f.message)])));
    }
    io.out(`\n${result.errors} 个错误，${result.warnings} 个警告，${result.infos} 个提示 —— ${result.printable ? "可以打印" : "尚不能打印"}\n`);
    if (typeof region !== "string") io.out("（未指定 --region 地名，未检查外地地名；如 --region 富顺县）\n");
    if (typeof report === "string") io.out(`报告已写入 ${report}\n`);
  }
  return result.errors > 0 ? 1 : 0;
}
