import type { DocSnapshot } from "../document/snapshot";
import type { Placeholder } from "../placeholders/types";
import { detectDocumentYear } from "../table/period";
import type { IndicatorTable } from "../table/schema";
import { matchPerson, matchPlace, matchProgramme } from "./names";
import { matchNumber } from "./numbers";
import { levelOf } from "./region";
import type { FillContext, FillOptions, Proposal } from "./types";

export function fillContext(snapshot: DocSnapshot, table: IndicatorTable, options: FillOptions = {}): FillContext {
  const texts = snapshot.paragraphs.map((p) => p.text);
  return {
    rows: table.rows,
    docYear: options.docYear ?? detectDocumentYear(texts),
    regionLevel: options.regionLevel ?? levelOf(texts.join("\n")),
    thousandsSeparator: options.thousandsSeparator ?? false,
  };
}

export function proposeFill(ph: Placeholder, ctx: FillContext): Proposal {
  switch (ph.kind) {
    case "quantity":
    case "percent":
    case "points":
      return matchNumber(ph, ctx);
    case "person":
      return matchPerson(ph, ctx);
    case "place":
      return matchPlace(ph, ctx);
    case "programme":
      return matchProgramme(ph, ctx);
    default:
      return {
        placeholder: ph,
        status: "unsupported",
        value: null,
        row: undefined,
        rowId: undefined,
        confidence: "none",
        reason: ph.kind === "date" ? "日期需手动填写" : "此类占位符需手动填写",
        candidates: [],
      };
  }
}

/** A proposal for every placeholder, in document order. */
export function planFills(snapshot: DocSnapshot, placeholders: readonly Placeholder[], table: IndicatorTable, options: FillOptions = {}): Proposal[] {
  const ctx = fillContext(snapshot, table, options);
  return placeholders.map((ph) => proposeFill(ph, ctx));
}
