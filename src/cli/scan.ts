import { partLabel, snapshotFromLines } from "../core/document/snapshot";
import { kindLabel } from "../core/placeholders/labels";
import { scanSnapshot } from "../core/placeholders/scan";
import { parseArgs } from "./args";
import { type Io, readDraft } from "./io";
import { table } from "./table";

/** `draftkit scan FILE [--json]`: every placeholder of a .txt draft (one paragraph per line). */
export async function scanCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, []);
  if ("error" in args) {
    io.err(`draftkit scan: ${args.error}\n`);
    return 2;
  }
  const unknown = [...args.flags.keys()].filter((f) => f !== "json");
  const [file, ...extra] = args.positional;
  if (!file || extra.length > 0 || unknown.length > 0) {
    io.err("用法 / usage: draftkit scan FILE [--json]\n");
    return 2;
  }
  const lines = await readDraft(file, io);
  if (!lines) return 2;
  const { placeholders, problems } = scanSnapshot(snapshotFromLines(lines));

  if (args.flags.has("json")) {
    const rows = placeholders.map((p) => ({
      paragraph: p.paragraph,
      start: p.start,
      end: p.end,
      text: p.text,
      kind: p.kind,
      form: p.form,
      unit: p.unit,
      title: p.title,
      approx: p.approx,
      ordinal: p.ordinal,
      group: p.group,
      clause: p.clause.text,
    }));
    const probs = problems.map((p) => ({ code: p.code, message: p.message, paragraph: p.paragraph, start: p.start, end: p.end }));
    io.out(`${JSON.stringify({ placeholders: rows, problems: probs })}\n`);
    return 0;
  }

  const body = placeholders.map((p) => [
    `${p.paragraph + 1}:${p.start}`,
    p.text,
    kindLabel(p.kind) + (p.unit || p.title ? `（${p.unit || p.title}）` : ""),
    p.clause.text.length > 30 ? `${p.clause.text.slice(0, 29)}…` : p.clause.text,
  ]);
  io.out(table(["段:位置", "占位符", "类型", "上下文"], body));
  io.out(`\n共 ${placeholders.length} 处占位符（${file}，${partLabel({ kind: "body" })} ${lines.length} 段）\n`);
  for (const p of problems) io.out(`注意 ${p.paragraph + 1}:${p.start} [${p.code}] ${p.message}\n`);
  return 0;
}
