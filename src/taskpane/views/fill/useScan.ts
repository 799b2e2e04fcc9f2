import { useCallback } from "react";
import type { DocSnapshot } from "../../../core/document/snapshot";
import { scanSnapshot } from "../../../core/placeholders/scan";
import type { ScanResult } from "../../../core/placeholders/types";
import { useHost } from "../../shell/HostContext";
import { type AsyncState, useAsync } from "../../shell/useAsync";

export interface ScanOutcome extends ScanResult {
  snapshot: DocSnapshot;
}

/** Reads the document (two syncs) and runs the core's placeholder scan over it. */
export function useScan(): AsyncState<ScanOutcome> {
  const host = useHost();
  return useAsync(
    useCallback(async () => {
      const snapshot = await host.read();
      return { snapshot, ...scanSnapshot(snapshot) };
    }, [host]),
  );
}
