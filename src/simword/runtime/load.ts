/** Normalises the forms `load()` accepts into paths ("text", "font/name", "items/text") plus paging options. */

export interface LoadPlan {
  paths: string[];
  top?: number;
  skip?: number;
}

type LoadArg = string | string[] | Record<string, unknown> | undefined;

function flattenBooleanMap(map: Record<string, unknown>, prefix: string, out: string[]): void {
  for (const [key, value] of Object.entries(map)) {
    if (key.startsWith("$")) continue;
    const path = prefix ? `${prefix}/${key}` : key;
    if (value === true) out.push(path);
    else if (value && typeof value === "object") flattenBooleanMap(value as Record<string, unknown>, path, out);
  }
}

export function parseLoad(arg: LoadArg): LoadPlan {
  if (arg === undefined || arg === null) return { paths: [] };
  if (typeof arg === "string") return { paths: splitList(arg) };
  if (Array.isArray(arg)) return { paths: arg.flatMap(splitList) };
  const plan: LoadPlan = { paths: [] };
  const isOption = "select" in arg || "expand" in arg || "top" in arg || "skip" in arg;
  if (isOption) {
    const list = (v: unknown): string[] =>
      typeof v === "string" ? splitList(v) : Array.isArray(v) ? v.flatMap((x) => splitList(String(x))) : [];
    plan.paths = [...list(arg["select"]), ...list(arg["expand"])];
    if (typeof arg["top"] === "number") plan.top = arg["top"];
    if (typeof arg["skip"] === "number") plan.skip = arg["skip"];
    return plan;
  }
  flattenBooleanMap(arg, "", plan.paths);
  return plan;
}

function splitList(s: string): string[] {
  return s
    .split(",")
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/** Splits paths into this object's own properties and those of its navigation children ("font/name" → font: name). */
export function splitPaths(paths: string[]): { own: string[]; nested: Map<string, string[]> } {
  const own: string[] = [];
  const nested = new Map<string, string[]>();
  for (const p of paths) {
    const slash = p.indexOf("/");
    if (slash < 0) own.push(p);
    else {
      const head = p.slice(0, slash);
      const rest = p.slice(slash + 1);
      nested.set(head, [...(nested.get(head) ?? []), rest]);
    }
  }
  return { own, nested };
}
