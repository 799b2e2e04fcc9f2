import { act } from "react";
import { createRoot } from "react-dom/client";
import type { DocSnapshot } from "../../core/document/snapshot";
import type { DocumentHost } from "../../core/host";
import { HostProvider } from "./HostContext";
import { SessionProvider, useSession } from "./SessionContext";
import { documentKey, saveSession } from "./session";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const snapshot: DocSnapshot = { paragraphs: [{ part: { kind: "body" }, index: 0, text: "在见面会上的讲话", inTable: false }] };

function Probe() {
  const s = useSession();
  return <p data-testid="probe">{`${s.restored?.session.audit?.region ?? "none"}|${s.problem?.code ?? ""}`}</p>;
}

async function mount(read: () => Promise<DocSnapshot>) {
  const el = document.createElement("div");
  document.body.appendChild(el);
  const root = createRoot(el);
  const host = { read: jest.fn(read) } as unknown as DocumentHost;
  await act(async () =>
    root.render(
      <HostProvider host={host}>
        <SessionProvider fallback={<p data-testid="waiting">…</p>}>
          <Probe />
        </SessionProvider>
      </HostProvider>,
    ),
  );
  return { el, host, root };
}

describe("SessionProvider", () => {
  beforeEach(() => localStorage.clear());

  it("shows the views at once, without reading the document, when nothing was saved", async () => {
    const { el, host, root } = await mount(async () => snapshot);
    expect(el.querySelector('[data-testid="probe"]')?.textContent).toBe("none|");
    expect(host.read).not.toHaveBeenCalled();
    await act(async () => root.unmount());
  });

  it("reads the document once and hands the views what was saved for it", async () => {
    saveSession(localStorage, documentKey(snapshot), { audit: { ran: true, region: "富顺县", year: "" } });
    const { el, host, root } = await mount(async () => snapshot);
    expect(host.read).toHaveBeenCalledTimes(1);
    expect(el.querySelector('[data-testid="probe"]')?.textContent).toBe("富顺县|");
    await act(async () => root.unmount());
  });

  it("gives up on a document that does not answer, shows the views and says so", async () => {
    jest.useFakeTimers();
    try {
      saveSession(localStorage, "another-document", { view: "fill" });
      const { el, root } = await mount(() => new Promise<DocSnapshot>(() => undefined));
      expect(el.querySelector('[data-testid="waiting"]')).not.toBeNull();
      await act(async () => jest.advanceTimersByTime(9000));
      expect(el.querySelector('[data-testid="probe"]')?.textContent).toBe("none|restore_timeout");
      await act(async () => root.unmount());
    } finally {
      jest.useRealTimers();
    }
  });
});
