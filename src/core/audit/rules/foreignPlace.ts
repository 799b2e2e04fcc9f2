import { divisionNamesIn, ownNames } from "../divisions";
import { type Finding, type Rule, finding } from "../types";

/**
 * The costliest copy-paste error: another region's name left in the draft. With the document's own region set, every
 * full name of a province, city or county that is neither the region, above it nor below it is reported.
 */
export const foreignPlace: Rule = {
  id: "foreign-place",
  title: "外地地名",
  titleEn: "Place names from another region",
  check: (input) => {
    const out: Finding[] = [];
    const { divisions, region } = input;
    if (!divisions || !region) return out;
    const own = ownNames(divisions, region);
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
