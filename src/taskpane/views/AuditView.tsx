import { Button, Text } from "@fluentui/react-components";
import { useLocale } from "../i18n/LocaleContext";

export function AuditView() {
  const { t } = useLocale();
  return (
    <section data-testid="view-audit" aria-label={t("tabAudit")}>
      <Text as="p" block>{t("auditIntro")}</Text>
      <Button appearance="primary" disabled data-testid="audit-run">
        {t("auditRun")}
      </Button>
      <Text as="p" block italic>
        {t("auditEmpty")}
      </Text>
    </section>
  );
}
