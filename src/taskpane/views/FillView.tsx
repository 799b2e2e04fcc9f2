import { Button, Checkbox, Input, Label, Text, makeStyles } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { useLocale } from "../i18n/LocaleContext";
import { Busy } from "../shell/Busy";
import { useHost } from "../shell/HostContext";
import { ProblemBar } from "../shell/ProblemBar";
import { useSession } from "../shell/SessionContext";
import { useAsync } from "../shell/useAsync";
import { ProposalRow } from "./fill/ProposalRow";
import { ScanList } from "./fill/ScanList";
import { TableBar } from "./fill/TableBar";
import { type FillSettings, useFill } from "./fill/useFill";
import { mergeSampleFills, recordSampleFills } from "./fill/sampleFills";
import { scanOutcome, useScan } from "./fill/useScan";
import { useTable } from "./fill/useTable";

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
  const fill = useFill(scan.value, table.table, settings, saved?.choices);
  const apply = useAsync(async () => {
    const chosen = fill.chosen;
    const report = await fill.apply();
    // provenance for the 示例数据未替换 audit rule: what this fill wrote from the sample table, and where
    if (table.table.sample) session.save({ sampleFills: mergeSampleFills(session.peek().sampleFills ?? [], recordSampleFills(chosen, report.applied)) });
    await scan.run();
  });
  const refresh = useAsync(fill.refresh);
  const result = scan.value;
  const byId = useMemo(() => new Map(fill.proposals.map((p) => [p.placeholder.id, p])), [fill.proposals]);
  const set = (patch: Partial<FillSettings>) => setSettings((s) => ({ ...s, ...patch }));
  const error = scan.error ?? apply.error ?? refresh.error;

  // a restored session: the scan is recomputed from the document as read at start-up, never taken from storage
  const restoredSnapshot = session.restored?.snapshot;
  useEffect(() => {
    if (saved?.scanned && restoredSnapshot) scan.set(scanOutcome(restoredSnapshot));
  }, []); // once, on mount

  const { save } = session;
  const scanned = result !== undefined;
  useEffect(() => {
    save({ fill: { scanned, settings, choices: fill.changed } });
  }, [save, scanned, settings, fill.changed]);

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
            placeholder={fill.detectedYear ? String(fill.detectedYear) : "—"}
            onChange={(_, d) => set({ year: d.value })}
            data-testid="opt-year"
          />
        </Label>
        <Checkbox label={t("optThousands")} checked={settings.thousands} onChange={(_, d) => set({ thousands: d.checked === true })} />
        <Checkbox label={t("optLinked")} checked={settings.linked} onChange={(_, d) => set({ linked: d.checked === true })} data-testid="opt-linked" />
        {caps.trackChanges && <Checkbox label={t("optTrack")} checked={settings.track} onChange={(_, d) => set({ track: d.checked === true })} data-testid="opt-track" />}
      </div>
      <Busy running={scan.running} label={t("readingDocument")} onCancel={scan.cancel} testId="scan-progress" />
      <Busy running={apply.running || refresh.running} label={t("working")} testId="fill-progress" />
      {scan.cancelled && <Text size={200}>{t("progressCancelled")}</Text>}
      {error && <ProblemBar code={(error as { code?: string }).code ?? "host_error"} message={error.message} />}
      <Text as="p" block data-testid="scan-status" role="status" aria-live="polite">
        {result ? (result.placeholders.length > 0 ? t("scanSummary", { n: result.placeholders.length, p: result.snapshot.paragraphs.length }) : t("scanNone")) : t("fillEmpty")}
      </Text>
      {result?.problems.map((p) => <ProblemBar key={`${p.paragraph}:${p.start}`} code={p.code} message={p.message} />)}
      {result && (
        <div className={styles.row}>
          <Button appearance="primary" disabled={fill.chosen.length === 0 || apply.running} onClick={() => void apply.run()} data-testid="fill-apply">
            {t("fillApplyCount", { n: fill.chosen.length })}
          </Button>
          <Button onClick={() => void refresh.run()} disabled={refresh.running} data-testid="fill-refresh">
            {t("fillRefresh")}
          </Button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {fill.report && (
          <div data-testid="fill-report">
            <Text block>{t("fillDone", { n: fill.report.applied.length })}</Text>
            {fill.report.skipped.length > 0 && <Text block>{t("fillSkipped", { n: fill.report.skipped.length })}</Text>}
            {fill.report.skipped.map((s, i) => (
              <ProblemBar key={i} code={s.code} message={s.message} />
            ))}
            {fill.report.notes?.map((n, i) => (
              <Text block size={200} key={`note-${i}`}>
                {n}
              </Text>
            ))}
          </div>
        )}
        {fill.refreshed !== undefined && (
          <Text block data-testid="refresh-report">
            {fill.refreshed > 0 ? t("refreshDone", { n: fill.refreshed }) : t("refreshNone")}
          </Text>
        )}
      </div>
      {result && (
        <ScanList
          placeholders={result.placeholders}
          extra={(p) => {
            const proposal = byId.get(p.id);
            const choice = fill.choices.get(p.id);
            return proposal && choice ? <ProposalRow proposal={proposal} choice={choice} onChange={(c) => fill.choose(p.id, c)} /> : null;
          }}
        />
      )}
    </section>
  );
}
