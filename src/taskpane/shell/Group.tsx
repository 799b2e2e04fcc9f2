import { CounterBadge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  group: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, minWidth: 0 },
  summary: {
    display: "flex",
    gap: "6px",
    alignItems: "center",
    padding: "6px 2px",
    cursor: "pointer",
    listStylePosition: "inside",
    flexWrap: "wrap",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px", borderRadius: tokens.borderRadiusMedium },
  },
  marker: { display: "inline-block", width: "1em", color: tokens.colorNeutralForeground3 },
  body: { paddingBottom: "4px", minWidth: 0 },
});

/**
 * A titled, collapsible group with a count (placeholders of one kind, findings of one rule): native <details>, which
 * every webview makes keyboard-usable and announces, at no script cost.
 */
export function Group({ title, count, countLabel, testId, children }: { title: string; count: number; countLabel: string; testId: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <details open className={styles.group} data-testid={testId}>
      <summary className={styles.summary}>
        <Text weight="semibold">{title}</Text>
        <CounterBadge count={count} appearance="ghost" overflowCount={9999} aria-label={countLabel} />
      </summary>
      <div className={styles.body}>{children}</div>
    </details>
  );
}
