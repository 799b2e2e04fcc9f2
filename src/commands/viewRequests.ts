/**
 * Ribbon → pane: a button asks for a view, the pane shows it. Both run in the same JavaScript runtime (the shared
 * runtime, manifest.xml <Runtimes>), so a module-level channel is enough; no storage or messaging is involved.
 * A request made before the pane listens (the runtime was started by the button itself) is kept and handed to the
 * first listener, so a cold start opens on the view asked for.
 */
export type RequestedView = "sections" | "fill" | "audit";

type Listener = (view: RequestedView) => void;

const listeners = new Set<Listener>();
let pending: RequestedView | undefined;

export function requestView(view: RequestedView): void {
  if (listeners.size === 0) {
    pending = view;
    return;
  }
  for (const listener of listeners) listener(view);
}

/** Listens for requested views; returns the function that stops listening. */
export function onViewRequest(listener: Listener): () => void {
  listeners.add(listener);
  if (pending !== undefined) {
    const view = pending;
    pending = undefined;
    listener(view);
  }
  return () => {
    listeners.delete(listener);
  };
}
