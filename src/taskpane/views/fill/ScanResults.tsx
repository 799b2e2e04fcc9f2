import { Button, Text, makeStyles } from "@fluentui/react-components";
import { useEffect, useMemo } from "react";
import type { IndicatorTable } from "../../../core/table/schema";
import { useLocale } from "../../i18n/LocaleContext";
import { Busy } from "../../shell/Busy";
import { ProblemBar } from "../../shell/ProblemBar";
import { useSession } from "../../shell/SessionContext";
import { type AsyncState, useAsync } from "../../shell/useAsync";
import { ProposalRow } from "./ProposalRow";
import { ScanList } from "./ScanList";
import { mergeSampleFills, recordSampleFills } from "./sampleFills";
import { type CarriedChoice, type FillSettings, useFill } from "./useFill";
import type { ScanOutcome } from "./useScan";

const useStyles = makeStyles({ row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center", minWidth: 0 } });

/**
 * What follows a scan: proposals from the table, 填充所选 and 刷新数据, their reports, and the placeholder list. A
 * chunk of its own (the matcher and its reasons), loaded with the first scan.
 */
export function ScanResults({ scan, result, table, settings, carried }: { scan: AsyncState<ScanOutcome>; result: ScanOutcome; table: IndicatorTable; settings: FillSettings; carried: readonly CarriedChoice[] | undefined }) {
  const { t } = useLocale();
  const styles = useStyles();
  const session = useSession();
  const fill = useFill(result, table, settings, carried);
  const apply = useAsync(async () => {
    const chosen = fill.chosen;
    const report = await fill.apply();
    // provenance for the 示例数据未替换 audit rule: what this fill wrote from the sample table, and where
    if (table.sample) session.save({ sampleFills: mergeSampleFills(session.peek().sampleFills ?? [], recordSampleFills(chosen, report.applied)) });
    await scan.run();
  });
  const refresh = useAsync(fill.refresh);
  const byId = useMemo(() => new Map(fill.proposals.map((p) => [p.placeholder.id, p])), [fill.proposals]);
  const error = apply.error ?? refresh.error;

  const { save } = session;
  useEffect(() => {
    save({ fill: { scanned: true, settings, choices: fill.changed } });
  }, [save, settings, fill.changed]);

  return (
    <>
      {result.problems.map((p) => (
        <ProblemBar key={`${p.paragraph}:${p.start}`} code={p.code} message={p.message} />
      ))}
      <div className={styles.row}>
        <Button appearance="primary" disabled={fill.chosen.length === 0 || apply.running} onClick={() => void apply.run()} data-testid="fill-apply">
          {t("fillApplyCount", { n: fill.chosen.length })}
        </Button>
        <Button onClick={() => void refresh.run()} disabled={refresh.running} data-testid="fill-refresh">
          {t("fillRefresh")}
        </Button>
      </div>
      <Busy running={apply.running || refresh.running} label={t("working")} testId="fill-progress" />
      {error && <ProblemBar code={(error as { code?: string }).code ?? "host_error"} message={error.message} />}
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
      <ScanList
        placeholders={result.placeholders}
        extra={(p) => {
          const proposal = byId.get(p.id);
          const choice = fill.choices.get(p.id);
          return proposal && choice ? <ProposalRow proposal={proposal} choice={choice} onChange={(c) => fill.choose(p.id, c)} /> : null;
        }}
      />
    </>
  );
}
