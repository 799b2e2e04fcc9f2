import type { DocParagraph } from "../../document/snapshot";
import { type DivisionIndex, divisionNamesIn, ownNames } from "../divisions";
import { type Finding, type Rule, finding } from "../types";

/**
 * The costliest copy-paste error: another region's name left in the draft. With the document's own region set, every
 * full name of a province, city or county that is neither the region, above it nor below it is reported.
 */
/**
 * The names that belong to the region. A region below the county (下应街道, 青石镇) is not in the division data: the
 * document names its parents right before it (宁波市鄞州区下应街道), and the nearest of them stands in for it.
 */
function ownNamesOf(divisions: DivisionIndex, region: string, paragraphs: readonly DocParagraph[]): Set<string> {
  if (divisions.byName.has(region)) return ownNames(divisions, region);
  for (const p of paragraphs) {
    const at = p.text.indexOf(region);
    if (at <= 0) continue;
    const parent = divisionNamesIn(divisions, p.text.slice(0, at)).find((h) => h.end === at);
    if (parent) return new Set([region, ...ownNames(divisions, parent.name)]);
  }
  return new Set([region]);
}

export const foreignPlace: Rule = {
  id: "foreign-place",
  title: "外地地名",
  titleEn: "Place names from another region",
  check: (input) => {
    const out: Finding[] = [];
    const { divisions, region } = input;
    if (!divisions || !region) return out;
    const own = ownNamesOf(divisions, region, input.snapshot.paragraphs);
    for (const p of input.snapshot.paragraphs) {
      for (const hit of divisionNamesIn(divisions, p.text)) {
        if (own.has(hit.name)) continue;
        const where = divisions.byName.get(hit.name)?.[0];
        const home = where ? [where.province, where.city].filter((s) => s && s !== hit.name).join("") : "";
        out.push(finding("foreign-place", "error", p, hit.start, hit.end, {
          zh: `“${hit.name}”${home ? `（属${home}）` : ""}不是本地（${region}）的地名，疑为从外地文稿复制：请改为本地名称`,
          en: `“${hit.name}”${home ? ` (in ${home})` : ""} is not a place in ${region}; probably copied from another region's draft: replace it with the local name`,
        }));
      }
    }
    return out;
  },
};
