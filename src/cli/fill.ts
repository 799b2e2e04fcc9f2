import { applyToLines } from "../core/fill/applyText";
import { planFills } from "../core/fill/plan";
import type { FillOptions } from "../core/fill/types";
import { scanSnapshot } from "../core/placeholders/scan";
import { isLevel, parseArgs, unknownOptions } from "./args";
import { writeDocxDraft } from "./docx";
import { draftSnapshot, writeDraft } from "./draftFile";
import { fillJson, fillText } from "./fillOutput";
import { askPicks } from "./askPicks";
import { applyPicks, parsePicks } from "./fillPick";
import { type Io, readDraft, reportWrite } from "./io";
import { loadTable } from "./tableFile";

const usage =
  "用法 / usage: draftkit fill FILE --table TABLE(.csv|.xlsx|.json|builtin) [--year 2026] [--level 市|县|区] [--region 地名] [--pick N=候选] [--thousands] [--out OUT | --in-place] [--utf8] [--track-changes] [--linked] [--json]";
const cmd = "draftkit fill";
const known = ["table", "year", "out", "level", "region", "pick", "json", "thousands", "in-place", "utf8", "track-changes", "linked"];

/** `draftkit fill`: proposes a value for every placeholder; sure ones (and picked ones) are written with --out. */
export async function fillCommand(argv: string[], io: Io, columns = 100): Promise<number> {
  const args = parseArgs(argv, ["table", "year", "out", "level", "region", "pick"]);
  const fail = (why: string): number => {
    io.err(`${cmd}: ${why}\n${usage}\n`);
    return 2;
  };
  if ("error" in args) return fail(args.error);
  const unknown = unknownOptions(args, known);
  if (unknown) return fail(unknown);
  const [file, ...extra] = args.positional;
  if (!file) return fail("缺少文稿文件 FILE (missing FILE)");
  if (extra.length > 0) return fail(`多余的参数 ${extra.join(" ")}`);
  const tablePath = args.flags.get("table");
  if (typeof tablePath !== "string") return fail("缺少 --table：请指定指标表（.csv、.xlsx、.json，或 builtin 用内置示例数据）");
  const year = args.flags.get("year");
  if (year !== undefined && !/^\d{4}$/.test(String(year))) return fail("--year 应为四位年份，如 2026");
  let level = args.flags.get("level");
  let region = args.flags.get("region");
  if (typeof region === "string" && isLevel(region)) {
    // Before 0.2, fill's --region took the level; it still works, with a note.
    if (level !== undefined && level !== region) return fail(`--region ${region} 与 --level ${String(level)} 矛盾：级别请只用 --level`);
    io.err(`${cmd}: 注意：--region ${region} 现在写作 --level ${region}（--region 用于地名，如 --region 富顺县）\n`);
    level = region;
    region = undefined;
  }
  if (level !== undefined && !isLevel(String(level))) return fail("--level 应为 市、县 或 区");
  const picks = parsePicks(args.all.get("pick") ?? []);
  if ("error" in picks) return fail(picks.error);
  const inPlace = args.flags.has("in-place");
  const outFlag = args.flags.get("out");
  const out = typeof outFlag === "string" ? outFlag : inPlace ? file : undefined;

  const draft = await readDraft(file, io, cmd);
  if (!draft) return 2;
  const table = await loadTable(tablePath, io, cmd);
  if (!table) return 2;

  const options: FillOptions = { thousandsSeparator: args.flags.has("thousands") };
  if (typeof year === "string") options.docYear = Number(year);
  if (typeof level === "string" && isLevel(level)) options.regionLevel = level;
  if (typeof region === "string") options.region = region;
  const docxOnly = ["track-changes", "linked"].filter((f) => args.flags.has(f));
  if (draft.kind !== "docx" && docxOnly.length > 0) return fail(`--${docxOnly.join("、--")} 只用于 .docx 文稿（纯文本没有修订和内容控件）`);
  if (draft.kind === "docx" && out !== undefined && out !== file && !/\.docx$/i.test(out)) return fail(`输入是 .docx，输出也应为 .docx：请写 --out ${out.replace(/\.[^./\\]*$/, "")}.docx`);
  const snapshot = draftSnapshot(draft);
  const planned = planFills(snapshot, scanSnapshot(snapshot).placeholders, table, options);
  const picked = applyPicks(planned, picks.picks);
  if (picked.errors.length > 0) {
    for (const e of picked.errors) io.err(`${cmd}: ${e}\n`);
    io.err(`${cmd}: 未写入文件：--pick 有误\n`);
    return 2;
  }
  const proposals = out !== undefined && !args.flags.has("json") ? await askPicks(picked.proposals, io) : picked.proposals;

  if (out !== undefined) {
    const inputs = tablePath === "builtin" ? [file] : [file, tablePath];
    if (draft.kind === "docx") {
      const docx = await writeDocxDraft(draft, proposals, { out, inputs, inPlace, trackChanges: args.flags.has("track-changes"), linked: args.flags.has("linked") });
      if (!reportWrite(docx.outcome, io, cmd)) return 2;
      for (const s of docx.skipped) io.err(`${cmd}: ${s}\n`);
    } else {
      const written = await writeDraft(draft, applyToLines(draft.lines, proposals), { out, inputs, inPlace, asUtf8: args.flags.has("utf8") });
      if (!reportWrite(written, io, cmd)) return 2;
    }
  }
  if (args.flags.has("json")) {
    io.out(fillJson(proposals, out ?? null));
    if (out === undefined) io.err(`${cmd}: 未写入文件：未指定 --out\n`);
    return 0;
  }
  io.out(fillText(proposals, columns));
  const filled = proposals.filter((p) => p.status === "fill").length;
  const where = out === undefined ? "。未写入文件：未指定 --out（加 --out 结果.txt 写出填充后的文稿）" : `，结果已写入 ${out}`;
  io.out(`\n已填 ${filled} 处，留空 ${proposals.length - filled} 处${table.sample ? "（指标表为示例数据，不可用于正式文稿）" : ""}${where}\n`);
  return 0;
}
