import type { Placeholder } from "../placeholders/types";
import type { IndicatorTable, Row } from "../table/schema";
import { rowId } from "../table/schema";
import { conversion } from "../table/units";
import { formatFigure } from "./format";
import { shortPlaceName, surnameOf } from "./people";
import type { Proposal } from "./types";

/**
 * A filled value that stays linked to its row lives in a content control whose tag says how to write it again:
 * draftkit:1:<mode>:<row id>:<unit>:<approx>:<pattern>, each part URI-encoded. Modes: n (a figure), s (a surname),
 * f (a full name), p (a place's short name), v (the value as it is).
 */
export interface Binding {
  mode: "n" | "s" | "f" | "p" | "v";
  rowId: string;
  unit: string;
  approx: "" | "多" | "余";
  pattern: string;
}

const PREFIX = "draftkit:1:";

function modeOf(p: Proposal): Binding["mode"] {
  const ph = p.placeholder;
  if (ph.kind === "quantity" || ph.kind === "percent" || ph.kind === "points") return "n";
  if (ph.kind === "person") return ph.title === "同志" ? "f" : "s";
  if (ph.kind === "place" || (p.row && typeof p.row.value === "string" && /(?:市|县|区)$/.test(p.row.value))) return "p";
  return "v";
}

export function bindingOf(p: Proposal): Binding | undefined {
  if (!p.rowId) return undefined;
  return { mode: modeOf(p), rowId: p.rowId, unit: p.placeholder.unit, approx: p.placeholder.approx, pattern: p.placeholder.text };
}

export const bindingTag = (b: Binding): string => PREFIX + [b.mode, b.rowId, b.unit, b.approx, b.pattern].map(encodeURIComponent).join(":");

export function parseBindingTag(tag: string): Binding | undefined {
  if (!tag.startsWith(PREFIX)) return undefined;
  const parts = tag.slice(PREFIX.length).split(":").map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return undefined;
    }
  });
  const [mode, id, unit, approx, pattern] = parts;
  if (parts.length !== 5 || !mode || !["n", "s", "f", "p", "v"].includes(mode) || !id || unit === undefined || pattern === undefined) return undefined;
  if (approx !== "" && approx !== "多" && approx !== "余") return undefined;
  return { mode: mode as Binding["mode"], rowId: id, unit, approx, pattern };
}

export type BoundValue = { ok: true; value: string; row: Row } | { ok: false; problem: string };

/** The text a linked value should show with the table as it is now. */
export function valueForBinding(b: Binding, table: IndicatorTable, thousands: boolean): BoundValue {
  const row = table.rows.find((r) => rowId(r) === b.rowId);
  if (!row) return { ok: false, problem: `指标表中已没有“${b.rowId}”` };
  if (b.mode === "n") {
    if (typeof row.value !== "number") return { ok: false, problem: `“${row.name}”的数值不是数字` };
    const factor = conversion(row.unit, b.unit);
    if (factor === undefined) return { ok: false, problem: `“${row.name}”的单位已改为“${row.unit}”，与“${b.unit}”不符` };
    const ph = { text: b.pattern, unit: b.unit, approx: b.approx } as Placeholder;
    const f = formatFigure(row.value, factor, ph, thousands);
    return f.ok ? { ok: true, value: f.text, row } : { ok: false, problem: f.problem };
  }
  const v = String(row.value);
  const value = b.mode === "s" ? surnameOf(v) : b.mode === "p" ? shortPlaceName(v) : v;
  return { ok: true, value, row };
}
