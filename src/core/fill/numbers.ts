import type { Placeholder } from "../placeholders/types";
import { parsePeriod, periodBefore, periodLabel, samePeriod } from "../table/period";
import { type Row, rowId, rowKind } from "../table/schema";
import { conversion } from "../table/units";
import { formatFigure } from "./format";
import { levelOf, rowLevel } from "./region";
import type { Candidate, FillContext, Proposal } from "./types";

/** How close the row's name or an alias is written to the placeholder; undefined when it is not written at all. */
function aliasScore(row: Row, ph: Placeholder): number | undefined {
  let best: number | undefined;
  for (const [scope, bonus] of [[ph.clause, 20], [ph.sentence, 0]] as const) {
    for (const name of [row.name, ...row.aliases]) {
      for (let i = scope.text.indexOf(name); i >= 0; i = scope.text.indexOf(name, i + 1)) {
        const from = scope.start + i;
        const to = from + name.length;
        if (from < ph.end && ph.start < to) continue;
        const distance = to <= ph.start ? ph.start - to : from - ph.end;
        const score = name.length * 3 + bonus - Math.min(distance, 40) / 4;
        best = best === undefined ? score : Math.max(best, score);
      }
    }
    if (best !== undefined) return best;
  }
  // In a table the row's other cells say what the figure is; they count as much as the clause.
  for (const name of [row.name, ...row.aliases]) {
    if (ph.rowContext.includes(name)) best = Math.max(best ?? -Infinity, name.length * 3 + 20);
  }
  return best;
}

const describe = (row: Row): string => [row.name, row.period, row.region].filter((s) => s).join("，");

/**
 * Fills a number placeholder from the rows whose name or alias is written in its clause (or sentence), keeping only
 * rows whose unit converts, whose period equals the one written before it, and whose region level matches.
 * Two rows fitting about equally, or none, leave it blank with the candidates listed.
 */
export function matchNumber(ph: Placeholder, ctx: FillContext): Proposal {
  // In a table the row's other cells may carry the period and region the cell itself does not.
  const phPeriod = periodBefore(ph.sentence.text, ph.start - ph.sentence.start, ctx.docYear) ?? periodBefore(ph.rowContext, ph.rowContext.length, ctx.docYear);
  const phLevel = levelOf(ph.sentence.text) ?? levelOf(ph.rowContext) ?? ctx.regionLevel;
  const candidates: Candidate[] = [];
  // A placeholder an inserted section bound to an indicator is matched against that indicator only.
  const rows = ph.bound ? ctx.rows.filter((r) => r.name === ph.bound || r.aliases.includes(ph.bound)) : ctx.rows;
  if (ph.bound && rows.length === 0) {
    return { placeholder: ph, row: undefined, rowId: undefined, value: null, candidates: [], status: "no_match", confidence: "none", reason: `章节绑定的指标“${ph.bound}”不在指标表中` };
  }
  for (const row of rows) {
    if (rowKind(row) !== "number" || typeof row.value !== "number") continue;
    const score = ph.bound ? 100 : aliasScore(row, ph);
    if (score === undefined) continue;
    const c: Candidate = { row, rowId: rowId(row), value: null, score, problem: "" };
    candidates.push(c);
    const factor = conversion(row.unit, ph.unit);
    const rowPeriod = parsePeriod(row.period, ctx.docYear);
    const level = rowLevel(row.region);
    if (factor === undefined) c.problem = `单位不符：表中为“${row.unit || "无单位"}”，此处为“${ph.unit || "无单位"}”`;
    else if (phPeriod && rowPeriod && !samePeriod(phPeriod, rowPeriod)) c.problem = `期间不符：表中为${row.period}，此处为${periodLabel(phPeriod)}`;
    else if (phLevel && level && phLevel !== level) c.problem = `地区不符：表中为${row.region}，此处为全${phLevel}`;
    else {
      const f = formatFigure(row.value, factor, ph, ctx.thousandsSeparator);
      if (f.ok) c.value = f.text;
      else c.problem = f.problem;
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const base = { placeholder: ph, row: undefined, rowId: undefined, value: null, candidates } as const;
  const viable = candidates.filter((c) => c.value !== null);
  const top = viable[0];
  if (!top) {
    const formatOnly = candidates.find((c) => !/^(单位|期间|地区)不符/.test(c.problem));
    if (formatOnly) return { ...base, status: "conflict", confidence: "none", reason: `${describe(formatOnly.row)}：${formatOnly.problem}` };
    const first = candidates[0];
    return first
      ? { ...base, status: "no_match", confidence: "none", reason: `没有相符的指标（${describe(first.row)}：${first.problem}）` }
      : { ...base, status: "no_match", confidence: "none", reason: "指标表中没有与上下文对应的指标" };
  }
  const rivals = viable.filter((c) => c !== top && c.score >= top.score - 3);
  if (rivals.length > 0) {
    const names = [top, ...rivals].map((c) => describe(c.row)).join("；");
    const why = phPeriod ? "" : "未写明期间，";
    return { ...base, status: "ambiguous", confidence: "none", reason: `${why}有 ${rivals.length + 1} 个指标同样符合：${names}` };
  }
  const inClause = top.score >= 20;
  const periodKnown = phPeriod !== undefined || !top.row.period;
  const periodNote = phPeriod ? `期间 ${periodLabel(phPeriod)}` : top.row.period ? `期间按表中唯一的 ${top.row.period}` : "";
  return {
    ...base,
    status: "fill",
    value: top.value,
    row: top.row,
    rowId: top.rowId,
    confidence: inClause && periodKnown ? "high" : "medium",
    reason: [`指标“${top.row.name}”`, periodNote, top.row.region, top.row.source ? `来源：${top.row.source}` : ""].filter((s) => s).join("，"),
  };
}
