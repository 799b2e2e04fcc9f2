import { makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";

const useStyles = makeStyles({
  list: { display: "flex", gap: "2px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, minWidth: 0 },
  tab: {
    border: "none",
    background: "transparent",
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    padding: "6px 10px 4px",
    cursor: "pointer",
    color: tokens.colorNeutralForeground2,
    borderBottom: "3px solid transparent",
    whiteSpace: "nowrap",
    ":hover": { color: tokens.colorNeutralForeground1, background: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px", borderRadius: tokens.borderRadiusMedium },
  },
  selected: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, borderBottom: `3px solid ${tokens.colorBrandStroke1}` },
});

/**
 * The pane's three tabs (WAI-ARIA tabs pattern: one tab stop, arrow keys, Home and End). Fluent's TabList is not
 * used: its focus sentinels are focusable elements hidden from assistive technology (axe-core aria-hidden-focus).
 */
export function Tabs<T extends string>({ tabs, selected, onSelect, label }: { tabs: { id: T; label: string }[]; selected: T; onSelect(id: T): void; label: string }) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const move = (to: number) => {
    const next = tabs[(to + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.id);
    ref.current?.querySelector<HTMLButtonElement>(`[data-tab="${next.id}"]`)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list} ref={ref}>
      {tabs.map((tab, i) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          data-tab={tab.id}
          data-testid={`tab-${tab.id}`}
          aria-selected={tab.id === selected}
          aria-controls={`panel-${tab.id}`}
          tabIndex={tab.id === selected ? 0 : -1}
          className={`${styles.tab} ${tab.id === selected ? styles.selected : ""}`}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(e) => {
            const to = e.key === "ArrowRight" ? i + 1 : e.key === "ArrowLeft" ? i - 1 : e.key === "Home" ? 0 : e.key === "End" ? tabs.length - 1 : undefined;
            if (to === undefined) return;
            e.preventDefault();
            move(to);
          }}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
