import { type KeyValueStore, loadStoredLibrary, mergeImported, saveStoredLibrary } from "./libraryStore";
import type { Section } from "./schema";
import { type LibraryProblem, MAX_LIBRARY_CHARS, libraryProblemCodes, parseLibrary } from "./userLibrary";

const cjk = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const section = (id: string): Section => ({ id, title: "A", category: "B", keywords: [], initials: "", source: "user", blocks: [{ role: "body", text: "text" }] });
const lib = (sections: unknown[]): string => JSON.stringify({ format: "draftkit-sections", version: 1, sections });
const failing = (e: Error): KeyValueStore => ({
  getItem: () => null,
  setItem: () => {
    throw e;
  },
});
const problems = (r: { ok: boolean; problems?: LibraryProblem[]; problem?: LibraryProblem }): LibraryProblem[] => r.problems ?? (r.problem ? [r.problem] : []);

/** One way to meet each code; the inputs are ASCII, so any Chinese in an English text is the pane's own. */
const makes: Record<LibraryProblem["code"], () => LibraryProblem[]> = {
  bad_json: () => problems(parseLibrary("{")),
  bad_shape: () => problems(parseLibrary(lib([{ ...section("a"), title: "" }]))),
  duplicate_id: () => problems(parseLibrary(lib([section("a"), section("a")]))),
  too_large: () => problems(parseLibrary(" ".repeat(MAX_LIBRARY_CHARS + 1))),
  too_many_sections: () => problems(mergeImported([], Array.from({ length: 1001 }, (_, i) => section(`s-${i}`)))),
  storage_full: () => problems(saveStoredLibrary(failing(Object.assign(new Error("quota"), { name: "QuotaExceededError" })), [section("a")])),
  stored_unreadable: () => loadStoredLibrary({ getItem: (k) => (k.endsWith("backup") ? null : "{"), setItem: () => undefined }).problems,
  save_failed: () => problems(saveStoredLibrary(failing(new Error("disk")), [section("a")])),
};

describe("every section-library problem has an English text", () => {
  it.each([...libraryProblemCodes])("%s", (code) => {
    const found = makes[code]().find((p) => p.code === code);
    expect(found).toBeDefined();
    expect(found?.messageEn.length).toBeGreaterThan(10);
    expect(found?.messageEn).not.toMatch(cjk);
    const numbers = (t: string): string[] => [...new Set(t.match(/\d+/g) ?? [])].sort();
    if (found) expect(numbers(found.messageEn)).toEqual(numbers(found.message));
  });

  it("words a field's problem with the section number and the schema's message in English", () => {
    const [p] = problems(parseLibrary(lib([section("a"), { ...section("b"), title: "" }])));
    expect(p).toMatchObject({ code: "bad_shape", section: 2, messageEn: 'Section 2, "title": the section name must not be empty' });
  });
});
