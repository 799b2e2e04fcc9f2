import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  box: {
    display: "block",
    padding: "6px 10px",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
    minWidth: 0,
  },
  warning: { background: tokens.colorPaletteYellowBackground1, border: `1px solid ${tokens.colorPaletteYellowBorder2}` },
  error: { background: tokens.colorPaletteRedBackground1, border: `1px solid ${tokens.colorPaletteRedBorder2}` },
  info: { background: tokens.colorNeutralBackground3 },
  title: { display: "block", fontWeight: tokens.fontWeightSemibold },
});

/**
 * A message box for problems and notices. Fluent's MessageBar is not used: with its icons and motion it weighs
 * more than the rest of the pane's start-up code, and these boxes need none of it.
 */
export function Notice({ intent, title, children, testId, code, role }: { intent: "warning" | "error" | "info"; title?: string; children: ReactNode; testId?: string; code?: string; role?: "alert" | "status" }) {
  const styles = useStyles();
  return (
    <div className={`${styles.box} ${styles[intent]}`} data-testid={testId} data-code={code} role={role}>
      {title && <span className={styles.title}>{title}</span>}
      {children}
    </div>
  );
}
