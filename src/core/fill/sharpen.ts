import type { Placeholder } from "../placeholders/types";
import type { Row } from "../table/schema";
import type { Mention } from "./nameIndex";
import { type Reason, hint, reason } from "./reasons";
import { sentenceStartBefore } from "./sentenceStart";
import type { FillContext } from "./types";
import { lastApart } from "./words";

// Population bases: a figure written as 常住 is not the 户籍 one, and the other way round.
const bases: [RegExp, RegExp][] = [
  [/^户籍/, /常住/],
  [/^常住/, /户籍/],
];
const contrary = (extra: string, written: string): boolean => bases.some(([e, w]) => e.test(extra) && w.test(written));

const basisOf = (name: string): string | undefined => /户籍|常住/.exec(name)?.[0];

/**
 * 户籍总人口X万人，比上年下降X%，其中城镇人口X万人: the parts of a 其中 breakdown are counted on the basis of the total
 * before it (户籍 or 常住), unless the part writes its own.
 */
function breakdownBasis(sentence: string): string | undefined {
  const at = sentence.lastIndexOf("其中");
  if (at < 0 || basisOf(sentence.slice(at))) return undefined;
  const before = sentence.slice(0, at);
  const household = before.lastIndexOf("户籍");
  const resident = before.lastIndexOf("常住");
  if (household < 0 && resident < 0) return undefined;
  return household > resident ? "户籍" : "常住";
}

// Owners whose figures a 其中 breaks down by sector: their parts are theirs, not the whole region's.
const owners = /民营经济|非公有制经济|私营经济|个体经济|国有经济|外资经济|民营企业|国有企业|外资企业/g;
const ownerWord = new RegExp(owners.source);

/** The owner written before the last 其中 of the text, when the text breaks an owner's total down; else undefined. */
function breakdownOwner(text: string): string | undefined {
  const at = text.lastIndexOf("其中");
  if (at < 0) return undefined;
  const found = [...text.slice(0, at).matchAll(owners)].pop()?.[0];
  // A part written with an owner of its own (其中，国有企业…) speaks for itself.
  return found && !ownerWord.test(text.slice(at)) ? found : undefined;
}

/**
 * Mentions found on the other basis than the breakdown's are replaced by the rows on its basis whose name ends in
 * the words written (城镇人口 → 户籍人口中城镇人口, never 常住人口中城镇人口 found through its alias 城镇常住人口).
 */
function onBasis(mentions: Mention[], ph: Placeholder, ctx: FillContext, basis: string): Mention[] | Reason {
  const out: Mention[] = [];
  let refused: Reason | undefined;
  for (const m of mentions) {
    const rowBasis = basisOf(m.name) ?? basisOf(m.row.name);
    if (!rowBasis || rowBasis === basis) {
      out.push(m);
      continue;
    }
    const written = ph.sentence.text.slice(m.from - ph.sentence.start, m.to - ph.sentence.start);
    const same = ctx.index.endingWith(written).filter((r) => basisOf(r.name) === basis);
    for (const r of same) if (!out.some((x) => x.row === r.row)) out.push({ ...m, row: r.row, name: r.name });
    refused ??= reason("qualifier_differs", { row: m.row.name, qualifier: basis, rowQualifier: rowBasis });
  }
  return out.length > 0 || !refused ? out : refused;
}

/**
 * A row whose name is the one written plus a qualifier written earlier (其中，第一产业增加值 after 民营经济增加值:
 * 民营经济第一产业增加值) is the figure meant when that qualifier is in the same sentence (or the one a sentence opening
 * with 其中 breaks down); when it is only earlier in
 * the paragraph, either could be meant and nothing is filled.
 */
export function sharpen(mentions: Mention[], ph: Placeholder, ctx: FillContext, fits: (row: Row) => boolean = () => true): Mention[] | Reason {
  const paragraph = ph.part.kind === "body" ? (ctx.paragraphs[ph.docIndex] ?? "").slice(0, ph.sentence.start) : "";
  // 其中，第一产业增加值…；第二产业增加值…: a full sentence opening with 其中 breaks down the figure of the sentence
  // before it, so that sentence counts as this one.
  const full = sentenceStartBefore(paragraph);
  const previous = /^\s*其中/.test(paragraph.slice(full) + ph.sentence.text) ? paragraph.slice(full > 0 ? sentenceStartBefore(paragraph, full - 1) : 0) : "";
  const sentence = previous + ph.sentence.text.slice(0, ph.start - ph.sentence.start);
  const clauseBefore = ph.clause.text.slice(0, ph.start - ph.clause.start);
  const basis = breakdownBasis(ph.sentence.text.slice(0, ph.start - ph.sentence.start));
  if (basis) {
    const kept = onBasis(mentions, ph, ctx, basis);
    if (!Array.isArray(kept)) return kept;
    mentions = kept;
  }
  const longer: Mention[] = [];
  const unsure: string[] = [];
  // 常住人口城镇化率 holds the alias 常住人口: only the longest names found here are read for a longer row (乡村常住人口
  // is no rival to what 常住人口城镇化率 names).
  const widest = Math.max(...mentions.map((m) => m.to - m.from));
  for (const m of mentions) {
    if (m.to - m.from < widest) continue;
    const sups = ctx.index.endingWith(m.name);
    // A big table repeats a name per year and region (thousands of rows ending in 增加值): decide once per distinct
    // name, and walk the rows only when some name is written here.
    const decided = new Map<string, { extra: string; how: "longer" | "unsure" | "none" }>();
    const decide = (name: string) => {
      let d = decided.get(name);
      if (!d) {
        const extra = name.slice(0, name.length - m.name.length).replace(/^(?:全市|全县|全区|年末)/, "");
        let how: "longer" | "unsure" | "none" = "none";
        if (extra.length < 2) how = "none";
        // 户籍人均生产总值达X元。常住人均生产总值达X元: the basis written at the figure rules out the other one.
        else if (contrary(extra, clauseBefore)) how = "none";
        else if (lastApart(sentence, extra, m.name.slice(0, 1)) >= 0) how = "longer";
        // 农林牧渔业总产值X亿元。其中，…渔业总产值X亿元: the sentence broken down wrote the total
        // (农林牧 only as the start of 农林牧渔业); the part is the part.
        else if (previous !== "" && sentence.includes(extra)) how = "none";
        else if (paragraph.includes(extra)) how = "unsure";
        d = { extra, how };
        decided.set(name, d);
      }
      return d;
    };
    if (!distinctNames(sups).some((name) => decide(name).how !== "none")) continue;
    for (const sup of sups) {
      if (mentions.some((x) => x.row === sup.row)) continue;
      const { extra, how } = decide(sup.name);
      if (how === "longer") longer.push({ ...m, row: sup.row, name: sup.name, from: m.from - extra.length });
      // A longer row the sentence's own period rules out (人均地区生产总值 of 2022 for 2021年…生产总值) is no rival.
      else if (how === "unsure" && fits(sup.row)) unsure.push(sup.row.name, m.row.name);
    }
  }
  if (longer.length > 0) return longer;
  // 民营经济增加值X亿元。其中，第一产业增加值X亿元: the parts of an owner's total are that owner's; with no row naming
  // the owner, the county's 第一产业增加值 is another figure.
  const owner = breakdownOwner(previous + ph.sentence.text.slice(0, ph.start - ph.sentence.start));
  const first = mentions[0];
  if (owner && first && !mentions.some((m) => [m.name, m.row.name, ...m.row.aliases].some((n) => n.includes(owner)))) {
    return reason("qualifier_missing", { row: first.row.name, qualifier: owner });
  }
  if (unsure.length > 0) return reason("ambiguous", { count: String(new Set(unsure).size), rows: [...new Set(unsure)].join("；") }, hint("pick_candidate"));
  return mentions;
}

const namesOf = new WeakMap<readonly { name: string }[], string[]>();

/** The distinct names of an index answer, in order (the index caches its answers, so this is worked out once each). */
function distinctNames(entries: readonly { name: string }[]): string[] {
  let names = namesOf.get(entries);
  if (!names) {
    names = [...new Set(entries.map((e) => e.name))];
    namesOf.set(entries, names);
  }
  return names;
}
