import { writeFile } from "node:fs/promises";
import { bundledSections } from "../core/sections/library";
import type { Level } from "../core/sections/params";
import { blockText, renderSection } from "../core/sections/render";
import { parseArgs } from "./args";
import type { Io } from "./io";
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
  if ("error" in args || args.positional.length > 0) {
    io.err(`${"error" in args ? `draftkit new: ${args.error}\n` : ""}${usage}\n`);
    return 2;
  }
  const ids = String(args.flags.get("sections") ?? "").split(",").map((s) => s.trim()).filter((s) => s);
  const level = String(args.flags.get("level") ?? "市");
  const year = String(args.flags.get("year") ?? new Date().getFullYear());
  const unknown = ids.filter((id) => !bundledSections.some((s) => s.id === id));
  if (ids.length === 0 || unknown.length > 0 || !["市", "县", "区"].includes(level) || !/^\d{4}$/.test(year)) {
    io.err(`${unknown.length > 0 ? `draftkit new: 没有这些章节：${unknown.join("、")}（draftkit sections 可列出全部）\n` : ""}${usage}\n`);
    return 2;
  }
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
  if (typeof out === "string") await writeFile(out, text, "utf8");
  else io.out(text);
  return 0;
}
