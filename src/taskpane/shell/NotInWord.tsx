import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import { type Locale, catalogs } from "../i18n/strings";

/** Shown when taskpane.html is opened in a plain browser or another Office application. */
export function NotInWord({ locale }: { locale: Locale }) {
  const s = catalogs[locale];
  return (
    <FluentProvider theme={webLightTheme}>
      <MessageBar intent="info" data-testid="not-in-word">
        <MessageBarBody>
          <MessageBarTitle>{s.notInWordTitle}</MessageBarTitle>
          {s.notInWordBody}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
