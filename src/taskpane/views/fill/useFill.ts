import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { parseBindingTag, valueForBinding } from "../../../core/fill/binding";
import { planFills } from "../../../core/fill/plan";
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
/** A choice the user made (ticked, unticked or edited), kept across pane reloads: [placeholder id, its text, ticked, value]. */
export type CarriedChoice = [string, string, boolean, string];

const defaultChoice = (p: Proposal): Choice => ({ checked: p.status === "fill", value: p.value ?? "" });

/**
 * Proposals for the scanned placeholders, the user's choices over them, and the fill and refresh actions. `carried`
 * choices (from a restored session) apply once, to placeholders at the same place with the same text.
 */
export function useFill(scan: ScanOutcome | undefined, table: IndicatorTable, settings: FillSettings, carried?: readonly CarriedChoice[]) {
  const host = useHost();
  // The document's year is detected once per scan; a year typed by the user overrides it.
  const detectedYear = useMemo(() => (scan ? detectDocumentYear(scan.snapshot.paragraphs.map((p) => p.text)) : undefined), [scan]);
  const proposals = useMemo<Proposal[]>(() => {
    if (!scan) return [];
    const docYear = /^\d{4}$/.test(settings.year) ? Number(settings.year) : detectedYear;
    return planFills(scan.snapshot, scan.placeholders, table, { ...(docYear ? { docYear } : {}), thousandsSeparator: settings.thousands });
  }, [scan, table, detectedYear, settings.year, settings.thousands]);
  const [choices, setChoices] = useState<Map<string, Choice>>(new Map());
  const carry = useRef(carried);
  useEffect(() => {
    const kept = new Map((carry.current ?? []).map(([id, text, checked, value]) => [id, { text, checked, value }]));
    if (proposals.length > 0) carry.current = undefined;
    setChoices(
      new Map(
        proposals.map((p) => {
          const k = kept.get(p.placeholder.id);
          return [p.placeholder.id, k && k.text === p.placeholder.text ? { checked: k.checked, value: k.value } : defaultChoice(p)];
        }),
      ),
    );
  }, [proposals]);
  /** the choices that differ from the proposals' defaults, to keep in the session */
  const changed = useMemo<CarriedChoice[]>(
    () =>
      proposals.flatMap((p) => {
        const c = choices.get(p.placeholder.id);
        const d = defaultChoice(p);
        return c && (c.checked !== d.checked || c.value !== d.value) ? [[p.placeholder.id, p.placeholder.text, c.checked, c.value] as CarriedChoice] : [];
      }),
    [proposals, choices],
  );
  const [report, setReport] = useState<FillReport | undefined>();
  const [refreshed, setRefreshed] = useState<number | undefined>();

  const choose = useCallback((id: string, c: Choice) => setChoices((m) => new Map(m).set(id, c)), []);

  const chosen = proposals.flatMap((p) => {
    const c = choices.get(p.placeholder.id);
    return c?.checked && c.value.trim() !== "" ? [{ proposal: p, value: c.value.trim() }] : [];
  });

  const apply = useCallback(async () => {
    setRefreshed(undefined);
    const r = await host.fill(targetsFor(chosen), { linked: settings.linked, trackChanges: settings.track });
    setReport(r);
    return r;
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

  return { proposals, choices, choose, chosen, apply, refresh, report, refreshed, detectedYear, changed };
}
