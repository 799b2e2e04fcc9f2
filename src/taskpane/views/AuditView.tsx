import { Button, Text } from "@fluentui/react-components";
import { useLocale } from "../i18n/LocaleContext";

export function AuditView() {
  const { t } = useLocale();
  return (
    <section data-testid="view-audit" aria-label={t("tabAudit")}>
      <Text as="p">{t("auditIntro")}</Text>
      <Button appearance="primary" disabled data-testid="audit-run">
        {t("auditRun")}
      </Button>
      <Text as="p" italic>
        {t("auditEmpty")}
      </Text>
    </section>
  );
}
