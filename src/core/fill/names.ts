import type { Placeholder } from "../placeholders/types";
import { type Row, rowId } from "../table/schema";
import { shortPlaceName, surnameOf } from "./people";
import { rowLevel } from "./region";
import { textRowsOfKind } from "./rowsOfKind";
import { describeReason, hint, type Reason, reason } from "./reasons";
import type { Candidate, FillContext, Proposal, RegionLevel } from "./types";

type What = "surname" | "full_name" | "place" | "programme";

const inLevel = (row: Row, level: RegionLevel | undefined): boolean => {
  const l = rowLevel(row.region);
  return !level || !l || l === level;
};

const whatZh: Record<What, string> = { surname: "姓氏", full_name: "同志的姓名", place: "地名", programme: "项目名称" };

function decide(ph: Placeholder, picks: Candidate[], offered: Candidate[], what: What, confidence: "high" | "medium"): Proposal {
  const base = { placeholder: ph, candidates: offered.length > 0 ? offered : picks } as const;
  const only = picks.length === 1 ? picks[0] : undefined;
  const title = what === "surname" ? ph.title : "";
  if (only) {
    const why = reason("filled_name", { what, title, row: only.row.name, value: String(only.row.value) });
    return { ...base, status: "fill", value: only.value, row: only.row, rowId: only.rowId, confidence, reason: describeReason(why, "zh-CN"), why };
  }
  const none = { ...base, value: null, row: undefined, rowId: undefined, confidence: "none" } as const;
  if (picks.length === 0 && offered.length === 0) {
    const why = reason("none_of_kind", { what, title }, hint("add_row", { term: title || whatZh[what] }));
    return { ...none, status: "no_match", reason: describeReason(why, "zh-CN"), why };
  }
  const list = (picks.length > 0 ? picks : offered).map((c) => `${c.row.name} ${String(c.row.value)}`).join("、");
  const why = reason("several_of_kind", { what, title, rows: list }, hint("pick_candidate"));
  return { ...none, status: "ambiguous", reason: describeReason(why, "zh-CN"), why };
}

const blankWith = (ph: Placeholder, why: Reason): Proposal => ({
  placeholder: ph,
  status: "unsupported",
  value: null,
  row: undefined,
  rowId: undefined,
  confidence: "none",
  reason: describeReason(why, "zh-CN"),
  why,
  candidates: [],
});

/** Units below a county: 某某乡, 某某镇, X街道, X村, X社区 name a place inside the document's region, never the region. */
const lowerUnit = /^(?:街道办事处|街道|社区|居委会|村委会|办事处|乡|镇|村|组|片区|园区|开发区)/;

const candidate = (row: Row, value: string, score = 0): Candidate => ({ row, rowId: rowId(row), value, score, problem: "" });

/** “X书记” takes the surname of the one person holding that role; “XX同志” needs a full name and a named role. */
export function matchPerson(ph: Placeholder, ctx: FillContext): Proposal {
  const people = textRowsOfKind(ctx.rows, "person").filter((r) => inLevel(r, ctx.regionLevel));
  const mentioned = (r: Row): boolean =>
    [r.name, ...r.aliases].some((n) => n !== ph.title && ph.sentence.text.includes(n));
  if (ph.title === "同志") {
    const before = ph.clause.text.slice(0, ph.start - ph.clause.start);
    // The longest role written right before the name wins: 副县长XX同志 is the deputy, not the 县长.
    const reach = (r: Row): number => Math.max(0, ...[r.name, ...r.aliases].filter((n) => before.endsWith(n)).map((n) => n.length));
    const longest = Math.max(0, ...people.map(reach));
    const named = longest > 0 ? people.filter((r) => reach(r) === longest) : [];
    return decide(ph, named.map((r) => candidate(r, String(r.value))), people.map((r) => candidate(r, String(r.value))), "full_name", "medium");
  }
  const holds = (r: Row): boolean => {
    const roles = [r.name, ...r.aliases];
    return roles.some((n) => n === ph.title || (n.endsWith(ph.title) && (ph.title.startsWith("副") || !n.endsWith(`副${ph.title}`))));
  };
  let picks = people.filter(holds);
  if (picks.length > 1 && picks.some(mentioned)) picks = picks.filter(mentioned);
  return decide(ph, picks.map((r) => candidate(r, surnameOf(String(r.value)))), [], "surname", ctx.regionLevel ? "high" : "medium");
}

/** “X市” and a bare place placeholder take the short name of the document's own region. */
export function matchPlace(ph: Placeholder, ctx: FillContext): Proposal {
  const after = ph.clause.text.slice(ph.end - ph.clause.start);
  const lower = lowerUnit.exec(ph.title) ?? (ph.title ? null : lowerUnit.exec(after));
  if (lower) return blankWith(ph, reason("lower_admin_unit", { text: ph.text, unit: lower[0] }, hint("write_manually")));
  if (ph.title && !["市", "县", "区"].includes(ph.title)) {
    // 某某省, X州: a level the table's place rows do not say; only a row ending in that suffix could fill it.
    const rows = textRowsOfKind(ctx.rows, "place").filter((r) => String(r.value).endsWith(ph.title));
    return decide(ph, rows.map((r) => candidate(r, shortPlaceName(String(r.value)))), [], "place", "medium");
  }
  const level = (["市", "县", "区"] as const).find((l) => ph.title === l) ?? (ph.title ? undefined : ctx.regionLevel);
  const places = textRowsOfKind(ctx.rows, "place").filter((r) => (level ? String(r.value).endsWith(level) || rowLevel(r.region) === level : true));
  return decide(ph, places.map((r) => candidate(r, shortPlaceName(String(r.value)))), [], "place", level ? "high" : "medium");
}

/** “X英才工程”: a row naming the programme; failing that, the region's short name is offered, not filled. */
export function matchProgramme(ph: Placeholder, ctx: FillContext): Proposal {
  const after = ph.clause.text.slice(ph.end - ph.clause.start);
  const named = textRowsOfKind(ctx.rows, "name").filter((r) => [r.name, ...r.aliases].some((n) => after.startsWith(n)));
  const places = textRowsOfKind(ctx.rows, "place").filter((r) => inLevel(r, ctx.regionLevel));
  const offered = places.map((r) => candidate(r, shortPlaceName(String(r.value))));
  return decide(ph, named.map((r) => candidate(r, String(r.value))), named.length > 0 ? [] : offered, "programme", "high");
}
