import { partLabel } from "../core/document/snapshot";
import { kindLabel } from "../core/placeholders/labels";
import { scanSnapshot } from "../core/placeholders/scan";
import { parseArgs, unknownOptions } from "./args";
import { draftSnapshot } from "./draftFile";
import { type Io, readDraft } from "./io";
import { scanJson } from "./scanJson";
import { table } from "./table";
import { cut } from "./wrap";

const usage = "用法 / usage: draftkit scan FILE [--json]";

/** `draftkit scan FILE [--json]`: every placeholder of a text draft (one paragraph per line). */
export async function scanCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, []);
  if ("error" in args) {
    io.err(`draftkit scan: ${args.error}\n${usage}\n`);
    return 2;
  }
  const unknown = unknownOptions(args, ["json"]);
  const [file, ...extra] = args.positional;
  const problem = unknown ?? (!file ? "缺少文稿文件 FILE (missing FILE)" : extra.length > 0 ? `多余的参数 ${extra.join(" ")}` : undefined);
  if (problem || !file) {
    io.err(`draftkit scan: ${problem ?? ""}\n${usage}\n`);
    return 2;
  }
  const draft = await readDraft(file, io, "draftkit scan");
  if (!draft) return 2;
  const snapshot = draftSnapshot(draft);
  const bodyParagraphs = snapshot.paragraphs.filter((p) => p.part.kind === "body").length;
  const { placeholders, problems } = scanSnapshot(snapshot);

  if (args.flags.has("json")) {
    const { placeholders: rows, clauses } = scanJson(placeholders);
    const probs = problems.map((p) => ({ code: p.code, message: p.message, paragraph: p.paragraph, start: p.start, end: p.end }));
    io.out(`${JSON.stringify({ placeholders: rows, clauses, problems: probs })}\n`);
    return 0;
  }

  const body = placeholders.map((p) => [
    `${p.part.kind === "body" ? "" : `${partLabel(p.part)} `}${p.paragraph + 1}:${p.start}`,
    p.text.length > 30 ? `${cut(p.text, 29)}…` : p.text,
    kindLabel(p.kind) + (p.unit || p.title ? `（${p.unit || p.title}）` : ""),
    p.clause.text.length > 30 ? `${cut(p.clause.text, 29)}…` : p.clause.text,
  ]);
  io.out(table(["段:位置", "占位符", "类型", "上下文"], body));
  io.out(`\n共 ${placeholders.length} 处占位符（${file}，${partLabel({ kind: "body" })} ${bodyParagraphs} 段）\n`);
  for (const p of problems) io.out(`注意 ${p.paragraph + 1}:${p.start} [${p.code}] ${p.message}\n`);
  return 0;
}
