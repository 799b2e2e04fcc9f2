import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { type Locale, catalogs } from "../i18n/strings";
import { Notice } from "./Notice";

/** Shown when taskpane.html is opened in a plain browser or another Office application. */
export function NotInWord({ locale }: { locale: Locale }) {
  const s = catalogs[locale];
  return (
    <FluentProvider theme={webLightTheme}>
      <Notice intent="info" testId="not-in-word" title={s.notInWordTitle}>
        {s.notInWordBody}
      </Notice>
    </FluentProvider>
  );
}
