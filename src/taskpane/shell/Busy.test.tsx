import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { LocaleProvider } from "../i18n/LocaleContext";
import { Busy, PROGRESS_DELAY_MS } from "./Busy";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe("progress on long work", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("shows nothing for a short operation, then progress with a Cancel button once it runs past the delay", async () => {
    const el = document.createElement("div");
    document.body.appendChild(el);
    const cancel = jest.fn();
    const root = createRoot(el);
    const render = (running: boolean) =>
      root.render(
        <FluentProvider theme={webLightTheme}>
          <LocaleProvider initial="en-US">
            <Busy running={running} label="Reading" onCancel={cancel} testId="busy" />
          </LocaleProvider>
        </FluentProvider>,
      );
    await act(async () => render(true));
    await act(async () => jest.advanceTimersByTime(PROGRESS_DELAY_MS - 100));
    expect(el.querySelector('[data-testid="busy"]')).toBeNull();
    await act(async () => jest.advanceTimersByTime(1200));
    const busy = el.querySelector('[data-testid="busy"]');
    expect(busy?.getAttribute("aria-live")).toBe("polite");
    expect(busy?.textContent).toContain("Reading 1 s");
    await act(async () => (el.querySelector('[data-testid="busy-cancel"]') as HTMLButtonElement).click());
    expect(cancel).toHaveBeenCalledTimes(1);
    await act(async () => render(false));
    expect(el.querySelector('[data-testid="busy"]')).toBeNull();
    await act(async () => root.unmount());
  });
});
