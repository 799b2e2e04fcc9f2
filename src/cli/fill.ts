import { readFile, writeFile } from "node:fs/promises";
import { snapshotFromLines } from "../core/document/snapshot";
import { applyToLines } from "../core/fill/applyText";
import { planFills } from "../core/fill/plan";
import type { FillOptions, RegionLevel } from "../core/fill/types";
import { scanSnapshot } from "../core/placeholders/scan";
import { bundledTable } from "../core/table/bundled";
import type { IndicatorTable } from "../core/table/schema";
import { importTable } from "../platform/tableFiles";
import { parseArgs } from "./args";
import { type Io, readDraft } from "./io";
import { table as textTable } from "./table";

const usage = "用法 / usage: draftkit fill FILE --table TABLE(.csv|.xlsx|.json|builtin) [--year 2026] [--region 市|县|区] [--thousands] [--out OUT] [--json]";

async function loadTable(path: string, io: Io): Promise<IndicatorTable | undefined> {
  if (path === "builtin") return bundledTable;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    io.err(`draftkit fill: 无法读取指标表 ${path}：${(e as NodeJS.ErrnoException).code === "ENOENT" ? "文件不存在" : String(e)}\n`);
    return undefined;
  }
  const r = await importTable(bytes, path);
  if (r.ok) return r.value;
  io.err(`draftkit fill: 指标表 ${path} 有 ${r.errors.length} 处错误，未做任何填充：\n`);
  for (const e of r.errors) io.err(`  ${e.row ? `第 ${e.row} 行` : ""}${e.column ? `「${e.column}」` : ""} [${e.code}] ${e.message}\n`);
  return undefined;
}

/** `draftkit fill`: proposes a value for every placeholder; only sure ones are written with --out. */
export async function fillCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["table", "year", "out", "region"]);
  if ("error" in args) {
    io.err(`draftkit fill: ${args.error}\n`);
    return 2;
  }
  const [file, ...extra] = args.positional;
  const tablePath = args.flags.get("table");
  const unknown = [...args.flags.keys()].filter((f) => !["table", "year", "out", "region", "json", "thousands"].includes(f));
  const year = args.flags.get("year");
  const region = args.flags.get("region");
  if (!file || extra.length > 0 || unknown.length > 0 || typeof tablePath !== "string") {
    io.err(`${usage}\n`);
    return 2;
  }
  if (year !== undefined && !/^\d{4}$/.test(String(year))) {
    io.err(`draftkit fill: --year 应为四位年份，如 2026\n`);
    return 2;
  }
  if (region !== undefined && !["市", "县", "区"].includes(String(region))) {
    io.err(`draftkit fill: --region 应为 市、县 或 区\n`);
    return 2;
  }
  const lines = await readDraft(file, io);
  if (!lines) return 2;
  const table = await loadTable(tablePath, io);
  if (!table) return 2;

  const options: FillOptions = { thousandsSeparator: args.flags.has("thousands") };
  if (typeof year === "string") options.docYear = Number(year);
  if (typeof region === "string") options.regionLevel = region as RegionLevel;
  const snapshot = snapshotFromLines(lines);
  const proposals = planFills(snapshot, scanSnapshot(snapshot).placeholders, table, options);

  const out = args.flags.get("out");
  if (typeof out === "string") await writeFile(out, `${applyToLines(lines, proposals).join("\n")}\n`, "utf8");

  if (args.flags.has("json")) {
    const fills = proposals.map((p) => ({
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
      candidates: p.candidates.filter((c) => c.value !== null).map((c) => ({ row: c.rowId, value: c.value })),
    }));
    io.out(`${JSON.stringify({ fills })}\n`);
    return 0;
  }
  const rows = proposals.map((p) => [
    `${p.placeholder.paragraph + 1}:${p.placeholder.start}`,
    p.placeholder.text + (p.placeholder.unit || p.placeholder.title),
    p.status === "fill" ? (p.value ?? "") : "—",
    p.reason.length > 40 ? `${p.reason.slice(0, 39)}…` : p.reason,
  ]);
  io.out(textTable(["段:位置", "占位符", "填入", "依据 / 未填原因"], rows));
  const filled = proposals.filter((p) => p.status === "fill").length;
  io.out(`\n已填 ${filled} 处，留空 ${proposals.length - filled} 处${table.sample ? "（指标表为示例数据）" : ""}${typeof out === "string" ? `，结果已写入 ${out}` : ""}\n`);
  return 0;
}
