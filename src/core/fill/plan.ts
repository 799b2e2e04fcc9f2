import { readingOf } from "./layoutSpaces";
import type { DocSnapshot } from "../document/snapshot";
import type { Placeholder } from "../placeholders/types";
import { detectDocumentYear } from "../table/period";
import { knownUnit } from "../table/units";
import type { IndicatorTable, Row } from "../table/schema";
import { detectRegion, documentScope } from "./context";
import { buildNameIndex, type NameIndex } from "./nameIndex";
import { matchPerson, matchPlace, matchProgramme } from "./names";
import { matchNumber } from "./numbers";
import { describeReason, reason } from "./reasons";
import { levelOf } from "./region";
import type { FillContext, FillOptions, Proposal } from "./types";

// One index per row array: the pane proposes again after every edit of the text, not of the table.
const indexes = new WeakMap<readonly Row[], NameIndex>();
const indexFor = (rows: readonly Row[]): NameIndex => {
  let index = indexes.get(rows);
  if (!index) {
    index = buildNameIndex(rows);
    indexes.set(rows, index);
  }
  return index;
};

export function fillContext(snapshot: DocSnapshot, table: IndicatorTable, options: FillOptions = {}): FillContext {
  const texts = snapshot.paragraphs.map((p) => p.text);
  const all = texts.join("\n");
  const scope = documentScope(all);
  // A town's or ministry's document speaks of its own level even when it names 全县 in passing.
  const regionLevel = options.regionLevel ?? (scope === "乡镇" || scope === "国" || scope === "省" ? undefined : levelOf(all));
  return {
    rows: table.rows,
    docYear: options.docYear ?? detectDocumentYear(texts),
    regionLevel,
    region: options.region ?? detectRegion(table.rows, all, regionLevel),
    scope,
    thousandsSeparator: options.thousandsSeparator ?? false,
    paragraphs: texts,
    index: indexFor(table.rows),
  };
}

/**
 * A marker the scanner left as free text although a unit this table knows follows it (X公顷, X万立方米): read it as
 * a quantity with that unit. The scanner's own unit list is shorter than the table's.
 */
function asQuantity(ph: Placeholder): Placeholder {
  if (ph.kind !== "text" || (ph.form !== "marker" && ph.form !== "mixed") || ph.ordinal) return ph;
  // X 元 (a space before the unit); X和X个百分点 (the unit written once, after the last figure).
  const written = ph.clause.text.slice(ph.end - ph.clause.start).replace(/^\s+/, "");
  const after = written.replace(/^[和、及与至到-]\d*[XxＸｘ]+(?:[.．][XxＸｘ]+)?\s*/, "");
  for (let n = Math.min(6, after.length); n >= 1; n -= 1) {
    const unit = after.slice(0, n);
    if (knownUnit(unit)) return { ...ph, kind: /^[%％]$/.test(unit) ? "percent" : "quantity", unit };
  }
  return ph;
}

export function proposeFill(original: Placeholder, ctx: FillContext): Proposal {
  const ph = asQuantity(original);
  if (ph !== original) return { ...matchNumber(ph, ctx), placeholder: original };
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
    default: {
      const why = reason(ph.kind === "date" ? "date_manual" : "text_manual");
      return { placeholder: ph, status: "unsupported", value: null, row: undefined, rowId: undefined, confidence: "none", reason: describeReason(why, "zh-CN"), why, candidates: [] };
    }
  }
}

/** A proposal for every placeholder, in document order. */
export function planFills(snapshot: DocSnapshot, placeholders: readonly Placeholder[], table: IndicatorTable, options: FillOptions = {}): Proposal[] {
  // Read without the spaces a PDF's layout left (layoutSpaces.ts); each proposal keeps the document's placeholder.
  const reading = readingOf(snapshot, placeholders);
  const ctx = fillContext(reading.snapshot, table, options);
  return placeholders.map((ph, i) => {
    const p = proposeFill(reading.placeholders[i] as Placeholder, ctx);
    return p.placeholder === ph ? p : { ...p, placeholder: ph };
  });
}
