/**
 * The UTF-8 length of JSON.stringify(value), counted without building the text: a sync at 1,000 pages weighs tens of
 * thousands of small arguments. Values JSON writes specially (toJSON, class instances, bigint) are stringified.
 * jsonBytes.test.ts checks it against JSON.stringify on arbitrary JSON-like values.
 */
export function jsonBytes(value: unknown): number | undefined {
  switch (typeof value) {
    case "string":
      return stringBytes(value);
    case "number":
      return Number.isFinite(value) ? String(value).length : 4;
    case "boolean":
      return value ? 4 : 5;
    case "undefined":
    case "function":
    case "symbol":
      return undefined;
    case "object":
      if (value === null) return 4;
      if (Array.isArray(value)) return arrayBytes(value);
      return isPlain(value) ? objectBytes(value as Record<string, unknown>) : stringified(value);
    default:
      return stringified(value);
  }
}

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== "function";
}

function stringified(value: unknown): number | undefined {
  const json = JSON.stringify(value) as string | undefined;
  // JSON.stringify escapes lone surrogates, so its text counts as plain UTF-8
  return json === undefined ? undefined : utf8(json);
}

function arrayBytes(items: readonly unknown[]): number {
  let n = 2 + Math.max(0, items.length - 1);
  for (const item of items) n += jsonBytes(item) ?? 4;
  return n;
}

function objectBytes(obj: Record<string, unknown>): number {
  let n = 2;
  let first = true;
  for (const key of Object.keys(obj)) {
    const v = jsonBytes(obj[key]);
    if (v === undefined) continue;
    n += (first ? 0 : 1) + stringBytes(key) + 1 + v;
    first = false;
  }
  return n;
}

function utf8(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && isLow(s.charCodeAt(i + 1))) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}

const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** A JSON string literal's bytes: quotes, two-character escapes, \u00XX for other controls and lone surrogates. */
function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x0c || c === 0x0a || c === 0x0d || c === 0x09) n += 2;
    else if (c < 0x20) n += 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && isLow(s.charCodeAt(i + 1))) {
      n += 4;
      i += 1;
    } else if (c >= 0xd800 && c <= 0xdfff) n += 6;
    else n += 3;
  }
  return n;
}
