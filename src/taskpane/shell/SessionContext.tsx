import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { DocSnapshot } from "../../core/document/snapshot";
import type { Problem } from "../../core/host";
import { useHost } from "./HostContext";
import { type PaneSession, documentKey, hasSessions, loadSession, saveSession } from "./session";

export interface SessionState {
  /** the document as read at start-up and what was saved for it, when a session was found */
  restored: { snapshot: DocSnapshot; session: PaneSession } | undefined;
  /** every read of the whole document names the document the session belongs to */
  bind(snapshot: DocSnapshot): void;
  save(patch: Partial<PaneSession>): void;
  /** the session as it stands now */
  peek(): PaneSession;
  problem: Problem | undefined;
}

const RESTORE_WAIT_MS = 8000;

const Ctx = createContext<SessionState | undefined>(undefined);

const storage = (): Storage | undefined => {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    // a sandboxed webview may deny storage: the pane then keeps state for tab switches only
    return undefined;
  }
};

/**
 * Keeps the pane's per-document session. At start-up, when sessions were saved before, the document is read once
 * (two syncs) to learn which document this is; views are shown after that, with what was saved for it.
 */
export function SessionProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const host = useHost();
  const store = useMemo(storage, []);
  const [ready, setReady] = useState(() => !store || !hasSessions(store));
  const [restored, setRestored] = useState<SessionState["restored"]>();
  const [problem, setProblem] = useState<Problem | undefined>();
  const key = useRef<string | undefined>(undefined);
  const current = useRef<PaneSession>({});

  useEffect(() => {
    if (ready || !store) return;
    let live = true;
    // a document Word is slow to read must not keep the pane blank: after RESTORE_WAIT_MS the views show unrestored
    const timer = setTimeout(() => {
      if (!live) return;
      live = false;
      setProblem({ code: "restore_timeout", message: "读取文档超时，未恢复上次的工作" });
      setReady(true);
    }, RESTORE_WAIT_MS);
    host
      .read()
      .then((snapshot) => {
        if (!live) return;
        key.current = documentKey(snapshot);
        const session = loadSession(store, key.current);
        if (session) {
          current.current = session;
          setRestored({ snapshot, session });
        }
      })
      .catch((e: unknown) => live && setProblem({ code: "restore_failed", message: `未能恢复上次的工作：${e instanceof Error ? e.message : String(e)}` }))
      .finally(() => {
        clearTimeout(timer);
        if (live) setReady(true);
      });
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [host, ready, store]);

  const write = useCallback(() => {
    if (!store || !key.current) return;
    const r = saveSession(store, key.current, current.current);
    setProblem(r.ok ? undefined : { code: r.code, message: r.message });
  }, [store]);

  const bind = useCallback(
    (snapshot: DocSnapshot) => {
      const k = documentKey(snapshot);
      if (k === key.current) return;
      key.current = k;
      write();
    },
    [write],
  );

  const save = useCallback(
    (patch: Partial<PaneSession>) => {
      current.current = { ...current.current, ...patch };
      write();
    },
    [write],
  );

  const peek = useCallback(() => current.current, []);
  const value = useMemo(() => ({ restored, bind, save, peek, problem }), [restored, bind, save, peek, problem]);
  return <Ctx.Provider value={value}>{ready ? children : fallback}</Ctx.Provider>;
}

export function useSession(): SessionState {
  const v = useContext(Ctx);
  if (!v) throw new Error("useSession outside SessionProvider");
  return v;
}
