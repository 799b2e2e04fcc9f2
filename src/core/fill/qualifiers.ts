/**
 * Qualifiers: words that make a figure a part of a larger one (省级 of all levels, 城镇 of 城乡, 规模以上 of all
 * enterprises, 一般公共预算 of all budgets). A row without the qualifier written before the placeholder, or with
 * another of the same group, is not that figure: a total never fills a part, and 市级 never fills 省级.
 */

type Group = "level" | "area" | "scale" | "budget" | "per";

const groups: [Group, [string, RegExp][]][] = [
  [
    "level",
    [
      ["国家级", /国家级/],
      ["省级", /省级/],
      ["市级", /市级/],
      ["县级", /县级/],
      ["区级", /区级/],
      ["乡镇级", /乡镇级/],
      ["村级", /村级/],
    ],
  ],
  [
    "area",
    [
      ["城镇", /城镇|城市(?=居民|人口|常住|低保)/],
      ["农村", /农村|乡村/],
    ],
  ],
  [
    "scale",
    [
      ["规模以上", /规模以上|规上|规模工业/],
      ["限额以上", /限额以上|限上/],
    ],
  ],
  ["per", [["人均", /人均|户均|每万人/]]],
  [
    "budget",
    [
      ["一般公共预算", /一般公共预算/],
      ["政府性基金", /政府性基金/],
      ["国有资本经营", /国有资本经营/],
      ["社会保险基金", /社会保险基金/],
    ],
  ],
];

export type Qualifiers = Partial<Record<Group, string>>;

/** The qualifiers a stretch of text writes; a group written with two values (城镇和农村) is left out. */
export function qualifiersOf(text: string): Qualifiers {
  const known = seen.get(text);
  if (known) return known;
  const out = readQualifiers(text);
  if (seen.size > 20_000) seen.clear();
  seen.set(text, out);
  return out;
}

// Row names are read again for every placeholder a row is a candidate for; the answers are frozen, so sharing is safe.
const seen = new Map<string, Readonly<Qualifiers>>();

function readQualifiers(text: string): Qualifiers {
  const out: Qualifiers = {};
  for (const [group, values] of groups) {
    const found = values.filter(([, re]) => re.test(text)).map(([v]) => v);
    if (found.length === 1) out[group] = found[0] as string;
  }
  return Object.freeze(out);
}

export type QualifierProblem = { code: "qualifier_missing"; qualifier: string } | { code: "qualifier_differs"; qualifier: string; rowQualifier: string };

/**
 * Checks the qualifiers written in the text against the name the row was matched by (and, failing that, any of the
 * row's names): undefined when the row is that figure.
 */
export function qualifierProblem(text: Qualifiers, matchedName: string, rowNames: readonly string[]): QualifierProblem | undefined {
  const named = qualifiersOf(matchedName);
  const all = rowNames.map(qualifiersOf);
  for (const [group] of groups) {
    const want = text[group];
    if (!want) continue;
    const have = named[group];
    if (have && have !== want) return { code: "qualifier_differs", qualifier: want, rowQualifier: have };
    if (!have && !all.some((q) => q[group] === want)) {
      const other = all.map((q) => q[group]).find((q) => q !== undefined);
      return other ? { code: "qualifier_differs", qualifier: want, rowQualifier: other } : { code: "qualifier_missing", qualifier: want };
    }
  }
  return undefined;
}
