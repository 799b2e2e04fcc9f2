import { Text } from "@fluentui/react-components";
import type { ExportOutcome } from "../export/saveFile";
import { useLocale } from "../i18n/LocaleContext";
import { ProblemBar } from "./ProblemBar";

/** What became of an exported file, when it was not simply downloaded (Word for Mac): shown in the pane's language. */
export function ExportNotice({ outcome }: { outcome: ExportOutcome | undefined }) {
  const { t, locale } = useLocale();
  if (!outcome || (outcome.path === "anchor" && outcome.ok)) return null;
  const f = outcome.fileName;
  const text =
    locale === "zh-CN"
      ? outcome.message
      : outcome.path === "unavailable"
        ? t("exportUnavailable", { f })
        : outcome.ok
          ? t("exportClipboard", { f })
          : t("exportClipboardFailed", { f, why: outcome.why ?? "" });
  return outcome.ok ? (
    <Text size={200} block data-testid="export-notice">
      {text}
    </Text>
  ) : (
    <ProblemBar code={outcome.path === "unavailable" ? "export_unavailable" : "clipboard_failed"} message={text} />
  );
}
