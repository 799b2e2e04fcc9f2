export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/** `--name value`, `--name=value` and bare `--flag`; `valued` lists the options that take a value. */
export function parseArgs(argv: string[], valued: readonly string[]): ParsedArgs | { error: string } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (valued.includes(name)) {
      const value = eq > 0 ? a.slice(eq + 1) : argv[i + 1];
      if (value === undefined || (eq < 0 && value.startsWith("--"))) return { error: `--${name} 需要一个值 (needs a value)` };
      flags.set(name, value);
      if (eq < 0) i += 1;
    } else flags.set(name, true);
  }
  return { positional, flags };
}
