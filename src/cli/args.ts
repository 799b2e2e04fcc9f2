export interface ParsedArgs {
  positional: string[];
  /** the last value of each option (or true for a bare flag) */
  flags: Map<string, string | true>;
  /** every value of each valued option, in order (`--pick 3=A --pick 5=B`) */
  all: Map<string, string[]>;
}

/** `--name value`, `--name=value` and bare `--flag`; `valued` lists the options that take a value. */
export function parseArgs(argv: string[], valued: readonly string[]): ParsedArgs | { error: string } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const all = new Map<string, string[]>();
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
      all.set(name, [...(all.get(name) ?? []), value]);
      if (eq < 0) i += 1;
    } else flags.set(name, true);
  }
  return { positional, flags, all };
}

/** The options given that the command does not know, as a message naming them, or undefined. */
export function unknownOptions(args: ParsedArgs, known: readonly string[]): string | undefined {
  const unknown = [...args.flags.keys()].filter((f) => !known.includes(f));
  return unknown.length === 0 ? undefined : `不认识的选项 ${unknown.map((u) => `--${u}`).join("、")} (unknown option)`;
}

export const levels = ["市", "县", "区"] as const;
export type LevelName = (typeof levels)[number];
export const isLevel = (s: string): s is LevelName => (levels as readonly string[]).includes(s);
