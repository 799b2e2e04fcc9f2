import { createRoot } from "react-dom/client";
import { registerViewCommands } from "../commands/commands";
import { createWordHost } from "../word/wordHost";
import { App, viewFromQuery } from "./App";
import { localeFor } from "./i18n/strings";
import { NotInWord } from "./shell/NotInWord";
import { themeFor } from "./theme";

/** Entry of taskpane.html inside Word (office.js is loaded by the page). */
function mount(): void {
  if ((window as { draftkitLegacy?: boolean }).draftkitLegacy) return;
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  if (typeof Office === "undefined") {
    root.render(<NotInWord locale={localeFor(navigator.language)} />);
    return;
  }
  Office.onReady((info) => {
    const locale = localeFor(Office.context?.displayLanguage);
    if (info.host !== Office.HostType.Word) {
      root.render(<NotInWord locale={locale} />);
      return;
    }
    // the ribbon's view buttons run here too (shared runtime); registered before the pane renders
    registerViewCommands(Office);
    const theme = themeFor(Office.context.officeTheme);
    root.render(<App host={createWordHost()} theme={theme} locale={locale} initialView={viewFromQuery(location.search)} />);
  });
}

mount();
