import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { auditCommand } from "../src/cli/audit";
import { fillCommand } from "../src/cli/fill";
import type { Io } from "../src/cli/io";
import { scanCommand } from "../src/cli/scan";
import type { CorpusDoc } from "./corpus";
import { type DocScore, type Span, type Write, fillOptions, scoreFlags, scoreScan, scoreWrites } from "./score";

/**
 * Scores a document through the command line's JSON contract (`draftkit scan|fill|audit FILE --json`, README
 * "Command line"), the way a held-out set outside the repo is checked: the draft is written to a temporary file and
 * each command runs in-process with its output captured.
 */

type Command = (argv: string[], io: Io) => Promise<number>;

async function json(command: Command, argv: string[]): Promise<unknown> {
  let out = "";
  let err = "";
  const code = await command(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  // audit exits 1 when error-level findings remain: that is a result, not a failure
  if (code !== 0 && code !== 1) throw new Error(`draftkit ${argv.join(" ")} exited ${code}: ${err.trim()}`);
  return JSON.parse(out) as unknown;
}

interface FillJson {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  value: string | null;
  reason: string;
}

export async function scoreDocViaCli(doc: CorpusDoc, tablePath: string | undefined): Promise<DocScore> {
  const dir = mkdtempSync(join(tmpdir(), "draftkit-eval-"));
  try {
    const file = join(dir, `${doc.id}.txt`);
    writeFileSync(file, `${doc.lines.join("\n")}\n`, "utf8");
    const year = doc.year === undefined ? [] : ["--year", String(doc.year)];
    const scan = (await json(scanCommand, [file, "--json"])) as { placeholders: Span[] };
    let fill: DocScore["fill"];
    if (tablePath !== undefined) {
      const level = fillOptions(doc).regionLevel;
      const where = [...(level ? ["--level", level] : []), ...(doc.region ? ["--region", doc.region] : [])];
      const out = (await json(fillCommand, [file, "--table", tablePath, "--json", ...year, ...where])) as { fills: FillJson[] };
      // the CLI's --out writes exactly the fills whose value is not null
      fill = scoreWrites(doc, out.fills.map((f): Write => ({ paragraph: f.paragraph, start: f.start, end: f.end, text: f.text, value: f.value ?? undefined, reason: f.reason })));
    }
    const audit = (await json(auditCommand, [file, "--json", ...year, ...(doc.region ? ["--region", doc.region] : [])])) as { findings: { paragraph: number }[] };
    return { id: doc.id, scan: scoreScan(doc, scan.placeholders), fill, audit: scoreFlags(doc, new Set(audit.findings.map((f) => f.paragraph))) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
