import { Button, Spinner, makeStyles } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useLocale } from "../i18n/LocaleContext";

const useStyles = makeStyles({ row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center", minWidth: 0 } });

/** the delay before progress shows: shorter operations flash nothing */
export const PROGRESS_DELAY_MS = 300;

/**
 * Progress of a long operation, shown once it has run PROGRESS_DELAY_MS, with the seconds elapsed and, for reads,
 * a Cancel button (Word cannot abort a write half-way, so writes offer none).
 */
export function Busy({ running, label, onCancel, testId }: { running: boolean; label: string; onCancel?: () => void; testId: string }) {
  const { t } = useLocale();
  const styles = useStyles();
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    setElapsed(0);
    const timer = setInterval(() => setElapsed(Date.now() - started), 100);
    return () => {
      clearInterval(timer);
      setElapsed(0);
    };
  }, [running]);
  if (!running || elapsed < PROGRESS_DELAY_MS) return null;
  return (
    <div className={styles.row} data-testid={testId} role="status" aria-live="polite">
      <Spinner size="tiny" label={`${label} ${Math.floor(elapsed / 1000)} s`} />
      {onCancel && (
        <Button size="small" onClick={onCancel} data-testid={`${testId}-cancel`}>
          {t("cancel")}
        </Button>
      )}
    </div>
  );
}
