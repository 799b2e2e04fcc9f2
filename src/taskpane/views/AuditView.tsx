import { Badge, Button, Field, Input, Text, makeStyles } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { auditReportHtml } from "../../core/audit/report";
import type { CommentTarget } from "../../core/host";
import { useLocale } from "../i18n/LocaleContext";
import type { ExportOutcome } from "../export/saveFile";
import { Busy } from "../shell/Busy";
import { ExportNotice } from "../shell/ExportNotice";
import { useHost } from "../shell/HostContext";
import { ProblemBar } from "../shell/ProblemBar";
import { useSession } from "../shell/SessionContext";
import { useAsync } from "../shell/useAsync";
import { FindingList } from "./audit/FindingList";
import { useAudit } from "./audit/useAudit";
import { download } from "./fill/download";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center", minWidth: 0 },
  region: { flex: "1 1 160px", minWidth: 0 },
  year: { flex: "0 0 80px" },
  verdict: { whiteSpace: "nowrap" },
});

export function AuditView() {
  const { t } = useLocale();
  const styles = useStyles();
  const host = useHost();
  const caps = host.capabilities();
  const session = useSession();
  const saved = session.restored?.session.audit;
  const [region, setRegion] = useState(saved?.region ?? "");
  const [year, setYear] = useState(saved?.year ?? "");
  const audit = useAudit(region, year);
  const result = audit.value;
  const comments = useAsync(async () => {
    if (!result) return { inserted: 0, skipped: [] };
    const targets: CommentTarget[] = result.findings.map((f) => ({ part: f.part, paragraph: f.paragraph, start: f.start, end: f.end, text: f.text, message: f.message }));
    return host.comment(targets);
  });
  const error = audit.error ?? comments.error;

  // a restored session re-runs the audit on the document as it is now
  useEffect(() => {
    if (saved?.ran) void audit.run();
  }, []); // once, on mount
  const { save } = session;
  const ran = result !== undefined;
  useEffect(() => save({ audit: { ran, region, year } }), [save, ran, region, year]);

  const [exported, setExported] = useState<ExportOutcome | undefined>();
  const exportReport = async () => {
    if (!result) return;
    // the report is a zh-CN document for print, whatever the pane's language
    const html = auditReportHtml(result, { title: "公文审核", date: new Date().toLocaleDateString("zh-CN"), snapshot: result.snapshot, ...(result.region ? { region: result.region } : {}) });
    const r = await download(new TextEncoder().encode(html), "审核报告.html", "text/html");
    setExported(r);
  };

  const headerSkips = comments.value?.skipped.filter((s) => s.code === "comment_not_allowed") ?? [];
  const otherSkips = comments.value?.skipped.filter((s) => s.code !== "comment_not_allowed") ?? [];

  return (
    <section data-testid="view-audit" aria-label={t("tabAudit")} className={styles.root}>
      <Text as="p" block>
        {t("auditIntro")}
      </Text>
      <div className={styles.row}>
        <Field label={t("auditRegion")} hint={t("auditRegionHint")} size="small" className={styles.region}>
          <Input size="small" value={region} onChange={(_, d) => setRegion(d.value)} data-testid="audit-region" lang="zh-CN" />
        </Field>
        <Field label={t("optYear")} size="small" className={styles.year}>
          <Input size="small" value={year} placeholder={result?.docYear ? String(result.docYear) : "—"} onChange={(_, d) => setYear(d.value)} data-testid="audit-year" />
        </Field>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void audit.run()} disabled={audit.running} data-testid="audit-run">
          {t("auditRun")}
        </Button>
        {result && caps.comments && (
          <Button onClick={() => void comments.run()} disabled={comments.running} data-testid="audit-comments">
            {t("auditComments")}
          </Button>
        )}
        {result && (
          <Button onClick={() => void exportReport()} data-testid="audit-report">
            {t("auditReport")}
          </Button>
        )}
      </div>
      <Busy running={audit.running} label={t("readingDocument")} onCancel={audit.cancel} testId="audit-progress" />
      <Busy running={comments.running} label={t("working")} testId="comments-progress" />
      {audit.cancelled && <Text size={200}>{t("progressCancelled")}</Text>}
      {error && <ProblemBar code={(error as { code?: string }).code ?? "host_error"} message={error.message} />}
      <div role="status" aria-live="polite">
        {!result && (
          <Text as="p" block italic>
            {t("auditEmpty")}
          </Text>
        )}
        {result && (
          <div className={styles.row} data-testid="audit-summary">
            <Text weight="semibold">{t("auditSummary", { e: result.errors, w: result.warnings, i: result.infos })}</Text>
            <Badge color={result.printable ? "success" : "danger"} data-testid="audit-verdict" className={styles.verdict}>
              {t(result.printable ? "auditPrintable" : "auditNotPrintable")}
            </Badge>
          </div>
        )}
        {comments.value && (
          <div data-testid="audit-commented">
            <Text block>{t("auditCommented", { n: comments.value.inserted })}</Text>
            {(comments.value.removed ?? 0) > 0 && (
              <Text block size={200} data-testid="audit-comments-replaced">
                {t("auditCommentsReplaced", { n: comments.value.removed ?? 0 })}
              </Text>
            )}
            {headerSkips.length > 0 && (
              <Text block size={200} data-testid="audit-comments-skipped">
                {t("auditCommentsSkippedHeader", { n: headerSkips.length })}
              </Text>
            )}
          </div>
        )}
      </div>
      <ExportNotice outcome={exported} />
      {result && !result.region && <Text size={200}>{t("auditNoRegion")}</Text>}
      {otherSkips.map((s, i) => (
        <ProblemBar key={i} code={s.code} message={s.message} />
      ))}
      {result && <FindingList findings={result.findings} snapshot={result.snapshot} />}
    </section>
  );
}
