import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { type ReactNode, act } from "react";
import { createRoot } from "react-dom/client";
import { LocaleProvider } from "../i18n/LocaleContext";
import type { Locale } from "../i18n/strings";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Tests only: the text a component shows in the pane's providers, in `locale` (within `selector` when given). */
export async function renderedText(locale: Locale, node: ReactNode, selector?: string): Promise<string> {
  const el = document.createElement("div");
  const root = createRoot(el);
  await act(async () =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider initial={locale}>{node}</LocaleProvider>
      </FluentProvider>,
    ),
  );
  const text = (selector ? el.querySelector(selector)?.textContent : el.textContent) ?? "";
  await act(async () => root.unmount());
  return text;
}
