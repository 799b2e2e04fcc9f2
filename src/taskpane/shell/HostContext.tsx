import { createContext, type ReactNode, useContext } from "react";
import type { DocumentHost } from "../../core/host";

const HostCtx = createContext<DocumentHost | undefined>(undefined);

export function HostProvider({ host, children }: { host: DocumentHost; children: ReactNode }) {
  return <HostCtx.Provider value={host}>{children}</HostCtx.Provider>;
}

/** The document the pane works on; views use this and never call Word.run. */
export function useHost(): DocumentHost {
  const host = useContext(HostCtx);
  if (!host) throw new Error("useHost outside HostProvider");
  return host;
}
