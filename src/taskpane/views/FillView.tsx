import { Button, Spinner, Text } from "@fluentui/react-components";
import { useLocale } from "../i18n/LocaleContext";
import { ProblemBar } from "../shell/ProblemBar";
import { ScanList } from "./fill/ScanList";
import { useScan } from "./fill/useScan";

export function FillView() {
  const { t } = useLocale();
  const scan = useScan();
  const result = scan.value;
  return (
    <section data-testid="view-fill" aria-label={t("tabFill")}>
      <Text as="p" block>
        {t("fillIntro")}
      </Text>
      <Button appearance="primary" onClick={() => void scan.run()} disabled={scan.running} data-testid="scan">
        {t("fillScan")}
      </Button>
      {scan.running && <Spinner size="tiny" label={t("readingDocument")} />}
      {scan.error && <ProblemBar code="host_error" message={scan.error.message} />}
      <Text as="p" block data-testid="scan-status">
        {result
          ? result.placeholders.length > 0
            ? t("scanSummary", { n: result.placeholders.length, p: result.snapshot.paragraphs.length })
            : t("scanNone")
          : t("fillEmpty")}
      </Text>
      {result?.problems.map((p) => (
        <ProblemBar key={`${p.paragraph}:${p.start}`} code={p.code} message={p.message} />
      ))}
      {result && <ScanList placeholders={result.placeholders} />}
    </section>
  );
}
