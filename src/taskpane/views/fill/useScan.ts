import { useCallback } from "react";
import type { DocSnapshot } from "../../../core/document/snapshot";
import { scanSnapshot } from "../../../core/placeholders/scan";
import type { ScanResult } from "../../../core/placeholders/types";
import { useHost } from "../../shell/HostContext";
import { useSession } from "../../shell/SessionContext";
import { type AsyncState, useAsync } from "../../shell/useAsync";

export interface ScanOutcome extends ScanResult {
  snapshot: DocSnapshot;
}

export const scanOutcome = (snapshot: DocSnapshot): ScanOutcome => ({ snapshot, ...scanSnapshot(snapshot) });

/** Reads the document (two syncs) and runs the core's placeholder scan over it. */
export function useScan(): AsyncState<ScanOutcome> {
  const host = useHost();
  const { bind } = useSession();
  return useAsync(
    useCallback(async () => {
      const snapshot = await host.read();
      bind(snapshot);
      return scanOutcome(snapshot);
    }, [host, bind]),
  );
}
