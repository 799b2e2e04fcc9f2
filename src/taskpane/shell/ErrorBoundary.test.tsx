import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { ErrorBoundary } from "./ErrorBoundary";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Boom(): never {
  throw new Error("表格第3行数值无效");
}

describe("ErrorBoundary", () => {
  it("shows the error's message in the pane instead of a blank pane", async () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const el = document.createElement("div");
    document.body.appendChild(el);
    await act(async () => {
      createRoot(el).render(
        <FluentProvider theme={webLightTheme}>
          <ErrorBoundary title="出错了" retry="重试">
            <Boom />
          </ErrorBoundary>
        </FluentProvider>,
      );
    });
    expect(el.querySelector('[data-testid="pane-error"]')?.textContent).toContain("表格第3行数值无效");
    expect(el.textContent).toContain("重试");
    spy.mockRestore();
  });
});
