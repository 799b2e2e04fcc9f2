import { useLocale } from "../i18n/LocaleContext";
import type { StringKey } from "../i18n/strings";
import { Notice } from "./Notice";

/** Problems the pane words itself (its session), shown from the catalogs; the core's and the host's keep their message. */
const ownProblems: Partial<Record<string, StringKey>> = {
  restore_timeout: "problemRestoreTimeout",
  restore_failed: "problemRestoreFailed",
  session_too_large: "problemSessionTooLarge",
  storage_failed: "problemStorageFailed",
};

/** A problem from the core or the host shown in the pane, with its stable code for support. */
export function ProblemBar({ code, message }: { code: string; message: string }) {
  const { t, locale } = useLocale();
  const own = ownProblems[code];
  return (
    <Notice intent="warning" testId="problem" code={code}>
      {locale !== "zh-CN" && own ? t(own) : message} <small>({code})</small>
    </Notice>
  );
}
