import { useCallback, useEffect, useMemo, useState } from "react";
import { parseBindingTag, valueForBinding } from "../../../core/fill/binding";
import { fillContext, proposeFill } from "../../../core/fill/plan";
import { targetsFor } from "../../../core/fill/targets";
import type { Proposal } from "../../../core/fill/types";
import type { FillReport } from "../../../core/host";
import { detectDocumentYear } from "../../../core/table/period";
import type { IndicatorTable } from "../../../core/table/schema";
import { useHost } from "../../shell/HostContext";
import type { Choice } from "./ProposalRow";
import type { ScanOutcome } from "./useScan";

export interface FillSettings {
  year: string;
  thousands: boolean;
  linked: boolean;
  track: boolean;
}

/** Proposals for the scanned placeholders, the user's choices over them, and the fill and refresh actions. */
export function useFill(scan: ScanOutcome | undefined, table: IndicatorTable, settings: FillSettings) {
  const host = useHost();
  // The document's year is detected once per scan; a year typed by the user overrides it.
  const detectedYear = useMemo(() => (scan ? detectDocumentYear(scan.snapshot.paragraphs.map((p) => p.text)) : undefined), [scan]);
  const proposals = useMemo<Proposal[]>(() => {
    if (!scan) return [];
    const docYear = /^\d{4}$/.test(settings.year) ? Number(settings.year) : detectedYear;
    const ctx = fillContext(scan.snapshot, table, { ...(docYear ? { docYear } : {}), thousandsSeparator: settings.thousands });
    return scan.placeholders.map((p) => proposeFill(p, ctx));
  }, [scan, table, detectedYear, settings.year, settings.thousands]);
  const [choices, setChoices] = useState<Map<string, Choice>>(new Map());
  useEffect(() => {
    setChoices(new Map(proposals.map((p) => [p.placeholder.id, { checked: p.status === "fill", value: p.value ?? "" }])));
  }, [proposals]);
  const [report, setReport] = useState<FillReport | undefined>();
  const [refreshed, setRefreshed] = useState<number | undefined>();

  const choose = useCallback((id: string, c: Choice) => setChoices((m) => new Map(m).set(id, c)), []);

  const chosen = proposals.flatMap((p) => {
    const c = choices.get(p.placeholder.id);
    return c?.checked && c.value.trim() !== "" ? [{ proposal: p, value: c.value.trim() }] : [];
  });

  const apply = useCallback(async () => {
    setRefreshed(undefined);
    setReport(await host.fill(targetsFor(chosen), { linked: settings.linked, trackChanges: settings.track }));
  }, [host, chosen, settings.linked, settings.track]);

  const refresh = useCallback(async () => {
    setReport(undefined);
    const linked = await host.linkedValues();
    const updates = linked.flatMap((l) => {
      const b = parseBindingTag(l.tag);
      const v = b ? valueForBinding(b, table, settings.thousands) : undefined;
      return v?.ok && v.value !== l.text ? [{ id: l.id, text: v.value }] : [];
    });
    setRefreshed(await host.updateLinked(updates, { trackChanges: settings.track }));
  }, [host, table, settings.thousands, settings.track]);

  return { proposals, choices, choose, chosen, apply, refresh, report, refreshed, detectedYear };
}
