import { Button, Checkbox, Input, Label, Spinner, Text, makeStyles } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useLocale } from "../i18n/LocaleContext";
import { useHost } from "../shell/HostContext";
import { ProblemBar } from "../shell/ProblemBar";
import { useAsync } from "../shell/useAsync";
import { ProposalRow } from "./fill/ProposalRow";
import { ScanList } from "./fill/ScanList";
import { TableBar } from "./fill/TableBar";
import { type FillSettings, useFill } from "./fill/useFill";
import { useScan } from "./fill/useScan";
import { useTable } from "./fill/useTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
});

export function FillView() {
  const { t } = useLocale();
  const styles = useStyles();
  const host = useHost();
  const caps = host.capabilities();
  const scan = useScan();
  const table = useTable();
  const [settings, setSettings] = useState<FillSettings>({ year: "", thousands: false, linked: true, track: false });
  const fill = useFill(scan.value, table.table, settings);
  const apply = useAsync(async () => {
    await fill.apply();
    await scan.run();
  });
  const refresh = useAsync(fill.refresh);
  const result = scan.value;
  const byId = useMemo(() => new Map(fill.proposals.map((p) => [p.placeholder.id, p])), [fill.proposals]);
  const set = (patch: Partial<FillSettings>) => setSettings((s) => ({ ...s, ...patch }));
  const error = scan.error ?? apply.error ?? refresh.error;

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
          <Input size="small" style={{ width: "70px" }} value={settings.year} placeholder={fill.detectedYear ? String(fill.detectedYear) : "—"} onChange={(_, d) => set({ year: d.value })} data-testid="opt-year" />
        </Label>
        <Checkbox label={t("optThousands")} checked={settings.thousands} onChange={(_, d) => set({ thousands: d.checked === true })} />
        <Checkbox label={t("optLinked")} checked={settings.linked} onChange={(_, d) => set({ linked: d.checked === true })} data-testid="opt-linked" />
        {caps.trackChanges && <Checkbox label={t("optTrack")} checked={settings.track} onChange={(_, d) => set({ track: d.checked === true })} data-testid="opt-track" />}
      </div>
      {scan.running && <Spinner size="tiny" label={t("readingDocument")} />}
      {error && <ProblemBar code={(error as { code?: string }).code ?? "host_error"} message={error.message} />}
      <Text as="p" block data-testid="scan-status">
        {result ? (result.placeholders.length > 0 ? t("scanSummary", { n: result.placeholders.length, p: result.snapshot.paragraphs.length }) : t("scanNone")) : t("fillEmpty")}
      </Text>
      {result?.problems.map((p) => <ProblemBar key={`${p.paragraph}:${p.start}`} code={p.code} message={p.message} />)}
      {result && (
        <div className={styles.row}>
          <Button appearance="primary" disabled={fill.chosen.length === 0 || apply.running} onClick={() => void apply.run()} data-testid="fill-apply">
            {t("fillApply")}（{fill.chosen.length}）
          </Button>
          <Button onClick={() => void refresh.run()} disabled={refresh.running} data-testid="fill-refresh">
            {t("fillRefresh")}
          </Button>
        </div>
      )}
      {fill.report && (
        <div data-testid="fill-report">
          <Text block>{t("fillDone", { n: fill.report.applied.length })}</Text>
          {fill.report.skipped.length > 0 && <Text block>{t("fillSkipped", { n: fill.report.skipped.length })}</Text>}
          {fill.report.skipped.map((s, i) => (
            <ProblemBar key={i} code={s.code} message={s.message} />
          ))}
        </div>
      )}
      {fill.refreshed !== undefined && <Text block data-testid="refresh-report">{fill.refreshed > 0 ? t("refreshDone", { n: fill.refreshed }) : t("refreshNone")}</Text>}
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
