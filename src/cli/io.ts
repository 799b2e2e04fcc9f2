import { type DraftFile, readDraftFile } from "./draftFile";
import type { WriteOutcome } from "./safeWrite";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** asks a question on a terminal; absent when input or output is not a terminal (scripts, pipes) */
  ask?(question: string): Promise<string | undefined>;
}

async function askTerminal(question: string): Promise<string | undefined> {
  const { createInterface } = await import("node:readline");
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((resolve) => {
    let answered = false;
    rl.on("close", () => {
      if (!answered) resolve(undefined);
    });
    rl.question(question, (a) => {
      answered = true;
      rl.close();
      resolve(a);
    });
  });
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  ...(process.stdin.isTTY && process.stdout.isTTY ? { ask: askTerminal } : {}),
};

/** Reads a draft (see draftFile.ts); a refusal is one line on stderr, and the caller exits 2. */
export async function readDraft(file: string, io: Io, command = "draftkit"): Promise<DraftFile | undefined> {
  const r = await readDraftFile(file);
  if (r.ok) return r.draft;
  io.err(`${command}: ${r.message}\n`);
  return undefined;
}

/** Reports a failed write as one line; true when the file was written. */
export function reportWrite(outcome: WriteOutcome, io: Io, command: string): boolean {
  if (outcome.ok) return true;
  io.err(`${command}: ${outcome.message}\n`);
  return false;
}
