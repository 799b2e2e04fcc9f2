import { BACKUP_KEY, type KeyValueStore, LIBRARY_KEY, loadStoredLibrary, mergeImported, saveStoredLibrary } from "./libraryStore";
import { MAX_SECTIONS, type Section } from "./schema";
import { parseLibrary, serializeLibrary } from "./userLibrary";

const store = (quotaChars = Infinity): KeyValueStore & { m: Map<string, string> } => {
  const m = new Map<string, string>();
  return {
    m,
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => {
      const used = [...m].filter(([key]) => key !== k).reduce((n, [, val]) => n + val.length, 0);
      if (used + v.length > quotaChars) throw Object.assign(new Error("The quota has been exceeded."), { name: "QuotaExceededError" });
      m.set(k, v);
    },
  };
};

const sections = (n: number, prefix: string): Section[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, title: `章节${i}`, category: "我的章节", keywords: [], initials: "", source: "user", blocks: [{ role: "body", text: `正文${i}` }] }));

describe("own sections in the pane's storage", () => {
  it("two imports of 600 different sections: the second is refused whole and the library still loads", () => {
    const s = store();
    const first = mergeImported([], sections(600, "a"));
    expect(first.ok && saveStoredLibrary(s, first.sections).ok).toBe(true);
    const loaded = loadStoredLibrary(s);
    const second = mergeImported(loaded.sections, sections(600, "b"));
    expect(second).toMatchObject({ ok: false, problem: { code: "too_many_sections" } });
    if (!second.ok) expect(second.problem.message).toContain("1200");
    const again = loadStoredLibrary(s);
    expect(again.problems).toEqual([]);
    expect(again.sections).toHaveLength(600);
  });

  it("importing the same 600 sections twice merges by id: 600, not 1,200", () => {
    const once = mergeImported([], sections(600, "a"));
    const twice = once.ok ? mergeImported(once.sections, sections(600, "a")) : once;
    expect(twice).toMatchObject({ ok: true, added: 0, replaced: 600 });
    expect(twice.ok && twice.sections).toHaveLength(600);
  });

  it("never saves more than the limit, so what is saved always loads", () => {
    const s = store();
    expect(saveStoredLibrary(s, sections(MAX_SECTIONS + 1, "x"))).toMatchObject({ ok: false, problem: { code: "too_many_sections" } });
    expect(s.m.has(LIBRARY_KEY)).toBe(false);
    expect(saveStoredLibrary(s, sections(MAX_SECTIONS, "x")).ok).toBe(true);
    expect(loadStoredLibrary(s).sections).toHaveLength(MAX_SECTIONS);
  });

  it("a QuotaExceededError is caught, reported, and the old library left as it was", () => {
    const s = store(200_000);
    expect(saveStoredLibrary(s, sections(10, "small")).ok).toBe(true);
    const before = s.m.get(LIBRARY_KEY);
    const big = sections(900, "big").map((x) => ({ ...x, blocks: [{ role: "body" as const, text: "很长的正文".repeat(200) }] }));
    const r = saveStoredLibrary(s, big);
    expect(r).toMatchObject({ ok: false, problem: { code: "storage_full" } });
    if (!r.ok) expect(r.problem.message).toContain("原有内容未改动");
    expect(s.m.get(LIBRARY_KEY)).toBe(before);
  });

  it("a stored library that does not parse is kept aside under a backup key and the user is told", () => {
    const s = store();
    s.m.set(LIBRARY_KEY, '{"format":"draftkit-sections","version":1,"sections":[{"id":"a"');
    const r = loadStoredLibrary(s);
    expect(r.sections).toEqual([]);
    expect(r.locked).toBe(false);
    expect(r.problems[0]?.code).toBe("stored_unreadable");
    expect(r.problems[0]?.message).toContain(BACKUP_KEY);
    expect(s.m.get(BACKUP_KEY)).toBe('{"format":"draftkit-sections","version":1,"sections":[{"id":"a"');
    // a second unreadable value does not overwrite the first backup
    s.m.set(LIBRARY_KEY, "garbage");
    loadStoredLibrary(s);
    expect(s.m.get(BACKUP_KEY)).toContain('"id":"a"');
    expect([...s.m.values()]).toContain("garbage");
  });

  it("when the backup cannot be written, saving is refused rather than overwriting the unread library", () => {
    const s = store(30);
    s.m.set(LIBRARY_KEY, "x".repeat(25));
    const r = loadStoredLibrary(s);
    expect(r.locked).toBe(true);
    expect(saveStoredLibrary(s, sections(1, "n"), r.locked).ok).toBe(false);
    expect(s.m.get(LIBRARY_KEY)).toBe("x".repeat(25));
  });

  it("parseLibrary refuses more sections than the limit with a zh-CN message", () => {
    const r = parseLibrary(serializeLibrary(sections(MAX_SECTIONS + 1, "p")));
    expect(r).toMatchObject({ ok: false, problems: [{ code: "too_many_sections" }] });
  });
});
