import { useCallback, useRef, useState } from "react";
import { type KeyValueStore, loadStoredLibrary, mergeImported, saveStoredLibrary } from "../../../core/sections/libraryStore";
import type { Section } from "../../../core/sections/schema";
import { type LibraryProblem, parseLibrary } from "../../../core/sections/userLibrary";

/** No store outside a browser (tests without DOM): nothing is kept, and saying so is the store's own failure. */
const memoryStore = (): KeyValueStore => {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
};

/**
 * The drafter's own sections, kept in the pane's local storage so they survive reloads. Nothing is dropped
 * silently: a failed save leaves the sections as they were and says why (libraryStore.ts).
 */
export function useUserSections(store: KeyValueStore = typeof localStorage === "undefined" ? memoryStore() : localStorage) {
  const initial = useRef<ReturnType<typeof loadStoredLibrary>>();
  if (!initial.current) initial.current = loadStoredLibrary(store);
  const locked = initial.current.locked;
  const [state, setState] = useState<{ sections: Section[]; problems: LibraryProblem[]; notice: string }>({ sections: initial.current.sections, problems: initial.current.problems, notice: "" });

  /** Saves and shows the result; true when saved. */
  const save = useCallback(
    (sections: Section[], notice = ""): boolean => {
      const r = saveStoredLibrary(store, sections, locked);
      if (!r.ok) {
        setState((s) => ({ ...s, problems: [r.problem], notice: "" }));
        return false;
      }
      setState({ sections, problems: [], notice });
      return true;
    },
    [store, locked],
  );

  /** Imports a library; `describe` words the counts in the pane's language. */
  const importText = useCallback(
    (text: string, describe: (counts: { n: number; added: number; replaced: number; total: number }) => string) => {
      const r = parseLibrary(text);
      if (!r.ok) {
        setState((s) => ({ ...s, problems: r.problems, notice: "" }));
        return;
      }
      const merged = mergeImported(state.sections, r.sections);
      if (!merged.ok) {
        setState((s) => ({ ...s, problems: [merged.problem], notice: "" }));
        return;
      }
      save(merged.sections, describe({ n: r.sections.length, added: merged.added, replaced: merged.replaced, total: merged.sections.length }));
    },
    [save, state.sections],
  );
  return { ...state, save, importText };
}
