import { act, useState } from "react";
import { createRoot } from "react-dom/client";
import { requestView } from "../../commands/viewRequests";
import { Tabs } from "./Tabs";
import { useViewRequests } from "./useViewRequests";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type View = "sections" | "fill" | "audit";

/** The pane's header as App.tsx wires it: the selected tab follows the tabs and the ribbon's requests. */
function PaneTabs({ initial }: { initial: View }) {
  const [view, setView] = useState<View>(initial);
  useViewRequests(setView);
  const tabs = (["sections", "fill", "audit"] as const).map((id) => ({ id, label: id }));
  return <Tabs<View> label="views" selected={view} onSelect={setView} tabs={tabs} />;
}

const selected = (el: HTMLElement) => el.querySelector('[role="tab"][aria-selected="true"]')?.getAttribute("data-tab");

describe("the pane follows the ribbon's view buttons", () => {
  it("opens on the view asked for when the button started the pane, and switches when the pane is already open", async () => {
    const el = document.createElement("div");
    document.body.appendChild(el);
    const root = createRoot(el);
    requestView("sections");
    await act(async () => root.render(<PaneTabs initial="fill" />));
    expect(selected(el)).toBe("sections");
    await act(async () => requestView("audit"));
    expect(selected(el)).toBe("audit");
    await act(async () => (el.querySelector('[data-tab="fill"]') as HTMLButtonElement).click());
    expect(selected(el)).toBe("fill");
    await act(async () => requestView("audit"));
    expect(selected(el)).toBe("audit");
    await act(async () => root.unmount());
  });
});
