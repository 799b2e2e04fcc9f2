import type { FillTarget } from "../host";
import { bindingOf, bindingTag } from "./binding";
import type { Proposal } from "./types";

/** The replacements to ask of the host for the chosen proposals (value may be the user's edit). */
export function targetsFor(chosen: readonly { proposal: Proposal; value: string }[]): FillTarget[] {
  return chosen.map(({ proposal, value }) => {
    const ph = proposal.placeholder;
    const binding = bindingOf(proposal);
    const edited = value !== proposal.value;
    const t: FillTarget = {
      part: ph.part,
      paragraph: ph.paragraph,
      start: ph.start,
      end: ph.end,
      text: ph.text,
      clause: { start: ph.clause.start, end: ph.clause.end, text: ph.clause.text },
      value,
    };
    // A value the user typed over is not the row's any more: it is written plain, never re-linked to the row.
    if (binding && !edited) {
      t.tag = bindingTag(binding);
      t.label = [proposal.row?.name, proposal.row?.period].filter((s) => s).join(" · ");
    }
    return t;
  });
}
