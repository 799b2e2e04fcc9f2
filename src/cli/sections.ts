import { bundledSections } from "../core/sections/library";
import type { Level } from "../core/sections/params";
import { blockText, renderSection } from "../core/sections/render";
import { isLevel, parseArgs, unknownOptions } from "./args";
import { type Io, reportWrite } from "./io";
import { writeSafely } from "./safeWrite";
import { table } from "./table";

/** `draftkit sections [--json]`: the bundled library. */
export async function sectionsCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, []);
  if ("error" in args || args.positional.length > 0 || [...args.flags.keys()].some((f) => f !== "json")) {
    io.err("用法 / usage: draftkit sections [--json]\n");
    return 2;
  }
  const rows = bundledSections.map((s) => ({
    id: s.id,
    title: s.title,
    category: s.category,
    placeholders: renderSection(s, { level: "市", year: 2026 }).reduce((n, b) => n + b.placeholders.length, 0),
    blocks: s.blocks.length,
    headings: s.blocks.filter((b) => b.role === "h1" || b.role === "h2").length,
    source: s.source,
  }));
  if (args.flags.has("json")) io.out(`${JSON.stringify({ sections: rows })}\n`);
  else io.out(table(["编号", "名称", "分类", "占位符"], rows.map((r) => [r.id, r.title, r.category, String(r.placeholders)])));
  return 0;
}

/** `draftkit new --sections ID,ID --level 县 --year 2026 [--title T] --out draft.txt`: a speech skeleton as text. */
export async function newCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["sections", "level", "year", "out", "title"]);
  const usage = "用法 / usage: draftkit new --sections ID,ID --level 市|县|区 --year 2026 [--title 标题] [--out draft.txt]";
  const fail = (why: string): number => {
    io.err(`draftkit new: ${why}\n${usage}\n`);
    return 2;
  };
  if ("error" in args) return fail(args.error);
  const unknownOpt = unknownOptions(args, ["sections", "level", "year", "out", "title"]);
  if (unknownOpt) return fail(unknownOpt);
  if (args.positional.length > 0) return fail(`多余的参数 ${args.positional.join(" ")}（章节请用 --sections 列出）`);
  const sections = args.flags.get("sections");
  if (typeof sections !== "string") return fail("缺少 --sections：请列出章节编号，用逗号分隔（draftkit sections 可列出全部编号）");
  const ids = sections.split(",").map((s) => s.trim()).filter((s) => s);
  if (ids.length === 0) return fail("--sections 是空的：请列出章节编号，用逗号分隔");
  const level = String(args.flags.get("level") ?? "市");
  const year = String(args.flags.get("year") ?? new Date().getFullYear());
  const unknown = ids.filter((id) => !bundledSections.some((s) => s.id === id));
  if (unknown.length > 0) return fail(`没有这些章节：${unknown.join("、")}（draftkit sections 可列出全部）`);
  if (!isLevel(level)) return fail("--level 应为 市、县 或 区");
  if (!/^\d{4}$/.test(year)) return fail("--year 应为四位年份，如 2026");
  const chosen = ids.map((id) => bundledSections.find((s) => s.id === id)!);
  const points = chosen.filter((s) => s.blocks.some((b) => b.role === "h1")).length;
  const lines: string[] = [];
  const title = args.flags.get("title");
  if (typeof title === "string") lines.push(title);
  let h1 = 0;
  for (const s of chosen) {
    const hasH1 = s.blocks.some((b) => b.role === "h1");
    if (hasH1) h1 += 1;
    lines.push(...renderSection(s, { level: level as Level, year: Number(year), points }, { h1: Math.max(h1, 1), h2: 1 }).map(blockText));
  }
  const out = args.flags.get("out");
  const text = `${lines.join("\n")}\n`;
  if (typeof out !== "string") {
    io.out(text);
    return 0;
  }
  if (!reportWrite(await writeSafely(out, new TextEncoder().encode(text), { inputs: [] }), io, "draftkit new")) return 2;
  io.err(`draftkit new: 已写入 ${out}\n`);
  return 0;
}
