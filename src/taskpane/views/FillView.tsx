import { Button, Spinner, Text } from "@fluentui/react-components";
import { useCallback } from "react";
import { useLocale } from "../i18n/LocaleContext";
import { useHost } from "../shell/HostContext";
import { ProblemBar } from "../shell/ProblemBar";
import { useAsync } from "../shell/useAsync";

export function FillView() {
  const { t } = useLocale();
  const host = useHost();
  const scan = useAsync(useCallback(() => host.read(), [host]));
  return (
    <section data-testid="view-fill" aria-label={t("tabFill")}>
      <Text as="p" block>{t("fillIntro")}</Text>
      <Button appearance="primary" onClick={() => void scan.run()} disabled={scan.running} data-testid="scan">
        {t("fillScan")}
      </Button>
      {scan.running && <Spinner size="tiny" label={t("readingDocument")} />}
      {scan.error && <ProblemBar code="host_error" message={scan.error.message} />}
      <Text as="p" block data-testid="scan-status">
        {scan.value ? t("paragraphsRead", { n: scan.value.paragraphs.length }) : t("fillEmpty")}
      </Text>
    </section>
  );
}
