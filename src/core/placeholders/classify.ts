import { PLACE_CUES, PLACE_SUFFIXES, PROGRAMME_SUFFIXES, TITLES, UNITS, longestPrefix } from "./lexicon";
import type { PlaceholderForm, PlaceholderKind } from "./types";

export interface Classification {
  kind: PlaceholderKind;
  unit: string;
  title: string;
  approx: "" | "多" | "余";
  ordinal: boolean;
}

const percentUnits = new Set(["%", "％", "‰"]);
const pointUnits = new Set(["个百分点", "百分点"]);
const dateUnits = new Set(["月", "日", "号"]);
const nameBreak = /[\s，。、；：！？“”‘’《》（）()【】,.;:!?]/;

/** A name right after the marker that ends in 工程/计划/行动… before any punctuation: “X英才工程”. */
function programmeAfter(text: string, end: number): boolean {
  let e = end;
  while (e < text.length && e - end < 10 && !nameBreak.test(text[e] as string)) e += 1;
  const name = text.slice(end, e);
  return name.length > 0 && PROGRAMME_SUFFIXES.some((s) => name.endsWith(s));
}

/**
 * Decides what a placeholder at [start, end) stands for from the words written around it: a unit (万, %, 个百分点,
 * 年/月/日), a title (局长, 同志), a place suffix (市, 县), a programme name, or cue words for a place name.
 * Titles are tried before place suffixes, so “X市长” is a person and “X市” a place.
 */
export function classify(text: string, start: number, end: number, form: PlaceholderForm, tokenText: string): Classification {
  const base: Classification = { kind: "text", unit: "", title: "", approx: "", ordinal: text[start - 1] === "第" };
  if (form === "instruction" || form === "blank" || form === "mask") return base;

  const title = longestPrefix(text, end, TITLES);
  if (title) return { ...base, kind: "person", title };

  let k = end;
  let approx: Classification["approx"] = "";
  const after = text[k];
  if ((after === "多" || after === "余") && longestPrefix(text, k + 1, UNITS)) {
    approx = after;
    k += 1;
  }
  const numeric = form === "marker" || form === "mixed";
  if (numeric && !approx && form === "marker" && longestPrefix(text, end, PLACE_CUES)) return { ...base, kind: "place" };

  const unit = numeric ? longestPrefix(text, k, UNITS) : "";
  if (unit) {
    if (!approx && (text[k + unit.length] === "余" || text[k + unit.length] === "多")) approx = text[k + unit.length] as "余" | "多";
    let kind: PlaceholderKind = "quantity";
    if (percentUnits.has(unit)) kind = "percent";
    else if (pointUnits.has(unit)) kind = "points";
    else if (dateUnits.has(unit) && !base.ordinal) kind = "date";
    else if (unit === "年" && [...tokenText].length === 4) kind = "date";
    return { ...base, kind, unit, approx };
  }

  const place = longestPrefix(text, end, PLACE_SUFFIXES);
  if (place) return { ...base, kind: "place", title: place };
  if (programmeAfter(text, end)) return { ...base, kind: "programme" };
  if (form === "mixed") return { ...base, kind: "quantity" };
  return base;
}
