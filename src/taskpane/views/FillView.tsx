import { Button, Checkbox, Input, Label, Spinner, Text, makeStyles } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useMemo, useState } from "react";
import { detectDocumentYear } from "../../core/table/period";
import { useLocale } from "../i18n/LocaleContext";
import { Busy } from "../shell/Busy";
import { useHost } from "../shell/HostContext";
import { ProblemBar } from "../shell/ProblemBar";
import { useSession } from "../shell/SessionContext";
import { TableBar } from "./fill/TableBar";
import type { FillSettings } from "./fill/useFill";
import { scanOutcome, useScan } from "./fill/useScan";
import { useTable } from "./fill/useTable";

// the matcher, its reasons and the placeholder list load with the first scan
const ScanResults = lazy(() => import(/* webpackChunkName: "fill-results" */ "./fill/ScanResults").then((m) => ({ default: m.ScanResults })));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center", minWidth: 0 },
  year: { width: "70px" },
});

const defaults: FillSettings = { year: "", thousands: false, linked: true, track: false };

export function FillView() {
  const { t } = useLocale();
  const styles = useStyles();
  const host = useHost();
  const caps = host.capabilities();
  const session = useSession();
  const saved = session.restored?.session.fill;
  const scan = useScan();
  const table = useTable();
  const [settings, setSettings] = useState<FillSettings>(saved?.settings ?? defaults);
  const result = scan.value;
  const detectedYear = useMemo(() => (result ? detectDocumentYear(result.snapshot.paragraphs.map((p) => p.text)) : undefined), [result]);
  const set = (patch: Partial<FillSettings>) => setSettings((s) => ({ ...s, ...patch }));
  const error = scan.error;

  // a restored session: the scan is recomputed from the document as read at start-up, never taken from storage
  const restoredSnapshot = session.restored?.snapshot;
  useEffect(() => {
    if (saved?.scanned && restoredSnapshot) scan.set(scanOutcome(restoredSnapshot));
  }, []); // once, on mount

  // with a scan, ScanResults keeps the session's fill part (with the user's choices)
  const { save } = session;
  const scanned = result !== undefined;
  useEffect(() => {
    if (!scanned) save({ fill: { scanned: false, settings, choices: [] } });
  }, [save, scanned, settings]);

  return (
    <section data-testid="view-fill" aria-label={t("tabFill")} className={styles.root}>
      <Text as="p" block>
        {t("fillIntro")}
      </Text>
      <TableBar state={table} />
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void scan.run()} disabled={scan.running} data-testid="scan">
          {t("fillScan")}
        </Button>
        <Label size="small">
          {t("optYear")}{" "}
          <Input
            size="small"
            className={styles.year}
            value={settings.year}
            placeholder={detectedYear ? String(detectedYear) : "—"}
            onChange={(_, d) => set({ year: d.value })}
            data-testid="opt-year"
          />
        </Label>
        <Checkbox label={t("optThousands")} checked={settings.thousands} onChange={(_, d) => set({ thousands: d.checked === true })} />
        <Checkbox label={t("optLinked")} checked={settings.linked} onChange={(_, d) => set({ linked: d.checked === true })} data-testid="opt-linked" />
        {caps.trackChanges && <Checkbox label={t("optTrack")} checked={settings.track} onChange={(_, d) => set({ track: d.checked === true })} data-testid="opt-track" />}
      </div>
      <Busy running={scan.running} label={t("readingDocument")} onCancel={scan.cancel} testId="scan-progress" />
      {scan.cancelled && <Text size={200}>{t("progressCancelled")}</Text>}
      {error && <ProblemBar code={(error as { code?: string }).code ?? "host_error"} message={error.message} />}
      <Text as="p" block data-testid="scan-status" role="status" aria-live="polite">
        {result ? (result.placeholders.length > 0 ? t("scanSummary", { n: result.placeholders.length, p: result.snapshot.paragraphs.length }) : t("scanNone")) : t("fillEmpty")}
      </Text>
      {result && (
        <Suspense fallback={<Spinner size="tiny" label={t("working")} />}>
          <ScanResults scan={scan} result={result} table={table.table} settings={settings} carried={saved?.choices} />
        </Suspense>
      )}
    </section>
  );
}
