import { useCallback } from "react";
import { type DivisionData, type DivisionIndex, buildDivisionIndex } from "../../../core/audit/divisions";
import { type AuditResult, runAudit } from "../../../core/audit/run";
import type { DocSnapshot } from "../../../core/document/snapshot";
import { useHost } from "../../shell/HostContext";
import { useSession } from "../../shell/SessionContext";
import { type AsyncState, useAsync } from "../../shell/useAsync";

let divisions: Promise<DivisionIndex> | undefined;
/** The division data (≈50 KB) is fetched on the first audit, not with the pane. */
const loadDivisions = (): Promise<DivisionIndex> =>
  (divisions ??= import(/* webpackChunkName: "divisions" */ "../../../data/divisions.json").then((m) => buildDivisionIndex((m.default ?? m) as DivisionData)));

export interface AuditRun extends AuditResult {
  snapshot: DocSnapshot;
  region: string;
}

/** Reads the document (two syncs) and runs every audit rule over it. */
export function useAudit(region: string, year: string): AsyncState<AuditRun> {
  const host = useHost();
  const { bind, peek } = useSession();
  return useAsync(
    useCallback(async () => {
      const [snapshot, index] = await Promise.all([host.read(), loadDivisions()]);
      const sampleFills = peek().sampleFills;
      bind(snapshot);
      const r = runAudit(snapshot, {
        divisions: index,
        ...(region.trim() ? { region: region.trim() } : {}),
        ...(/^\d{4}$/.test(year) ? { docYear: Number(year) } : {}),
        ...(sampleFills ? { sampleFills } : {}),
      });
      return { ...r, snapshot, region: region.trim() };
    }, [host, region, year, bind, peek]),
  );
}
