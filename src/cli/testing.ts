import { main } from "./main";

/** Test helper: runs the CLI in-process, capturing stdout, stderr and the exit code. */
export async function runCli(argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
