import { useCallback, useState } from "react";
import type { Section } from "../../../core/sections/schema";
import { type LibraryProblem, parseLibrary, serializeLibrary } from "../../../core/sections/userLibrary";

const KEY = "draftkit.sections.v1";

function load(): { sections: Section[]; problems: LibraryProblem[] } {
  const raw = typeof localStorage === "undefined" ? null : localStorage.getItem(KEY);
  if (!raw) return { sections: [], problems: [] };
  const r = parseLibrary(raw);
  return r.ok ? { sections: r.sections, problems: [] } : { sections: [], problems: [{ code: "bad_shape", message: "本机保存的“我的章节”已损坏，已忽略；可重新导入章节库" }] };
}

/** The drafter's own sections, kept in the pane's local storage so they survive reloads. */
export function useUserSections() {
  const [state, setState] = useState(load);
  const save = useCallback((sections: Section[]) => {
    localStorage.setItem(KEY, serializeLibrary(sections));
    setState({ sections, problems: [] });
  }, []);
  const importText = useCallback(
    (text: string) => {
      const r = parseLibrary(text);
      if (!r.ok) {
        setState((s) => ({ ...s, problems: r.problems }));
        return;
      }
      const ids = new Set(r.sections.map((s) => s.id));
      save([...state.sections.filter((s) => !ids.has(s.id)), ...r.sections]);
    },
    [save, state.sections],
  );
  return { ...state, save, importText };
}
