import fc from "fast-check";
import { jsonBytes } from "./jsonBytes";

const bytesOf = (v: unknown): number | undefined => {
  const json = JSON.stringify(v) as string | undefined;
  return json === undefined ? undefined : new TextEncoder().encode(json).length;
};

describe("jsonBytes", () => {
  it("equals the UTF-8 length of JSON.stringify for any JSON-like value", () => {
    const value = fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: false, withMap: false, withSet: false, withTypedArray: false, withSparseArray: true, withDate: true, withBigInt: false, withUnicodeString: true } as never);
    fc.assert(fc.property(value, (v) => jsonBytes(v) === bytesOf(v)), { numRuns: 2000 });
  });

  it("counts escapes, controls, astral characters and lone surrogates as JSON writes them", () => {
    for (const s of ['"', "\\", "\n\t\r\b\f", "\u0001", "字", "😀", "\ud800", "a\udc00b", "\u2028"]) expect(jsonBytes(s)).toBe(bytesOf(s));
  });

  it("leaves out what JSON leaves out: undefined, functions and symbols in objects; null for them in arrays", () => {
    const v = { a: undefined, b: () => 1, c: Symbol("x"), d: [undefined, () => 1], e: NaN, f: -0, g: Infinity };
    expect(jsonBytes(v)).toBe(bytesOf(v));
    expect(jsonBytes(undefined)).toBeUndefined();
  });
});
