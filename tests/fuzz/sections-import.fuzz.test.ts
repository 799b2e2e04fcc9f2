import fc from "fast-check";
import { type KeyValueStore, loadStoredLibrary, mergeImported, saveStoredLibrary } from "../../src/core/sections/libraryStore";
import { parseLibrary, serializeLibrary } from "../../src/core/sections/userLibrary";

const runs = Number(process.env.FUZZ_RUNS ?? 200);
// npm run fuzz runs 100,000 cases per target: minutes, not the default five seconds.
jest.setTimeout(Math.max(30_000, runs * 10));

const pieces = ['{"format":"draftkit-sections","version":1,"sections":[', "]}", "{", "}", "[", "]", ",", ":", '"id":', '"a-1"', '"A B"', '"title":', '"t"', '"category":', '"blocks":', '"role":', '"body"', '"h1"', '"x"', '"text":', '"正文{{全}}X万"', '""', "null", "1", '"__proto__":', '"constructor":', '"keywords":'];
const libraryText = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(""));

const memory = (): KeyValueStore => {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
};

const word = fc.constantFrom("正文", "{{全}}", "X万", "😀", " ", "“", "constructor", "a", "\n");
const txt = fc.array(word, { minLength: 1, maxLength: 5 }).map((a) => a.join(""));
const section = fc.record({
  id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/),
  title: txt,
  category: txt,
  blocks: fc.array(fc.record({ role: fc.constantFrom("title", "salutation", "h1", "h2", "body", "x"), text: txt }), { minLength: 0, maxLength: 3 }),
});
const libraryJson = fc.array(section, { maxLength: 6 }).map((sections) => JSON.stringify({ format: "draftkit-sections", version: 1, sections }));

function check(text: string): void {
  const r = parseLibrary(text);
  if (!r.ok) {
    for (const p of r.problems) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
    return;
  }
  // What reads is stored, loads again unchanged, and merges without passing the limit.
  const store = memory();
  const merged = mergeImported([], r.sections);
  expect(merged.ok).toBe(true);
  if (!merged.ok) return;
  expect(saveStoredLibrary(store, merged.sections).ok).toBe(true);
  expect(loadStoredLibrary(store).sections).toEqual(merged.sections);
  expect(parseLibrary(serializeLibrary(r.sections))).toEqual(r);
}

describe("section-library import (fuzz)", () => {
  it("never throws on any text; what it accepts is saved and loads back unchanged", () => {
    fc.assert(fc.property(fc.oneof(libraryText, libraryJson, fc.string({ maxLength: 200 })), check), { numRuns: runs });
  });

  it("keeps its shrunk counter-examples as regression cases", () => {
    for (const s of ["", "null", "[]", '{"__proto__":1}', '{"format":"draftkit-sections","version":1,"sections":[{"id":"a-1","title":"t","category":"t","blocks":[{"role":"body","text":"x"}],"constructor":1}]}']) check(s);
  });
});
