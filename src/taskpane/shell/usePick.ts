import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { Problem, TextTarget } from "../../core/host";
import { useHost } from "./HostContext";

/** Selecting a list item's text in the document; a failure is kept to show in the pane. */
export function usePick() {
  const host = useHost();
  const [failure, setFailure] = useState<Problem | undefined>();
  const pick = useCallback(
    async (t: TextTarget) => {
      setFailure(undefined);
      try {
        const r = await host.select({ part: t.part, paragraph: t.paragraph, start: t.start, end: t.end, text: t.text });
        if (!r.ok) setFailure({ code: r.code, message: r.message });
      } catch (e) {
        setFailure({ code: "host_error", message: e instanceof Error ? e.message : String(e) });
      }
    },
    [host],
  );
  return { failure, pick };
}

/** The look shared by the pane's clickable lists (placeholders, findings). */
export const useListStyles = makeStyles({
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    border: "none",
    background: "transparent",
    padding: "4px 6px",
    borderRadius: "4px",
    cursor: "pointer",
    font: "inherit",
    minWidth: 0,
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
    ":hover": { background: tokens.colorNeutralBackground1Hover },
  },
  where: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  header: { display: "flex", gap: "6px", alignItems: "center", flexWrap: "wrap", minWidth: 0 },
});
