import { Badge, Button, Input, Label, Spinner, Text, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { auditReportHtml } from "../../core/audit/report";
import { useLocale } from "../i18n/LocaleContext";
import { useHost } from "../shell/HostContext";
import { ProblemBar } from "../shell/ProblemBar";
import { useAsync } from "../shell/useAsync";
import { FindingList } from "./audit/FindingList";
import { useAudit } from "./audit/useAudit";
import { download } from "./fill/download";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
});

export function AuditView() {
  const { t } = useLocale();
  const styles = useStyles();
  const host = useHost();
  const caps = host.capabilities();
  const [region, setRegion] = useState("");
  const [year, setYear] = useState("");
  const audit = useAudit(region, year);
  const result = audit.value;
  const comments = useAsync(async () => (result ? host.comment(result.findings) : { inserted: 0, skipped: [] }));
  const error = audit.error ?? comments.error;

  const exportReport = () => {
    if (!result) return;
    const html = auditReportHtml(result, { title: "公文审核", date: new Date().toLocaleDateString("zh-CN"), ...(result.region ? { region: result.region } : {}) });
    download(new TextEncoder().encode(html), "审核报告.html", "text/html");
  };

  return (
    <section data-testid="view-audit" aria-label={t("tabAudit")} className={styles.root}>
      <Text as="p" block>
        {t("auditIntro")}
      </Text>
      <div className={styles.row}>
        <Label size="small">
          {t("auditRegion")} <Input size="small" value={region} placeholder={t("auditRegionHint")} onChange={(_, d) => setRegion(d.value)} data-testid="audit-region" />
        </Label>
        <Label size="small">
          {t("optYear")} <Input size="small" style={{ width: "70px" }} value={year} placeholder={result?.docYear ? String(result.docYear) : "—"} onChange={(_, d) => setYear(d.value)} />
        </Label>
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
          <Button onClick={exportReport} data-testid="audit-report">
            {t("auditReport")}
          </Button>
        )}
      </div>
      {audit.running && <Spinner size="tiny" label={t("readingDocument")} />}
      {error && <ProblemBar code={(error as { code?: string }).code ?? "host_error"} message={error.message} />}
      {!result && (
        <Text as="p" block italic>
          {t("auditEmpty")}
        </Text>
      )}
      {result && (
        <div className={styles.row} data-testid="audit-summary">
          <Text weight="semibold">{t("auditSummary", { e: result.errors, w: result.warnings, i: result.infos })}</Text>
          <Badge color={result.printable ? "success" : "danger"} data-testid="audit-verdict">
            {t(result.printable ? "auditPrintable" : "auditNotPrintable")}
          </Badge>
        </div>
      )}
      {result && !result.region && <Text size={200}>{t("auditNoRegion")}</Text>}
      {comments.value && <Text data-testid="audit-commented">{t("auditCommented", { n: comments.value.inserted })}</Text>}
      {comments.value?.skipped.map((s, i) => <ProblemBar key={i} code={s.code} message={s.message} />)}
      {result && <FindingList findings={result.findings} />}
    </section>
  );
}
