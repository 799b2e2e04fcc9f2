import type { DocParagraph, PartRef } from "../../document/snapshot";
import { partKey } from "../../document/snapshot";
import { type Finding, type Rule, finding } from "../types";

/**
 * A value the pane filled from a table marked as sample data (示例数据), recorded when it was filled: where, the
 * text just before it (to find it again after edits elsewhere in the paragraph) and the value written.
 */
export interface SampleFill {
  part: PartRef;
  paragraph: number;
  /** offset where the value was written, at fill time */
  start: number;
  /** up to 8 characters written before the value when it was filled */
  before: string;
  value: string;
  /** the row's name, for the message */
  row: string;
}

/** Where the recorded value still stands after its recorded context: the occurrence nearest the recorded offset. */
function locate(p: DocParagraph, f: SampleFill): number | undefined {
  const needle = f.before + f.value;
  let best: number | undefined;
  for (let i = p.text.indexOf(needle); i >= 0; i = p.text.indexOf(needle, i + 1)) {
    const at = i + f.before.length;
    if (best === undefined || Math.abs(at - f.start) < Math.abs(best - f.start)) best = at;
  }
  return best;
}

/**
 * Sample figures must never be printed. The bundled table's figures are invented (云川市, 溪山县), so a value the
 * pane filled from it is an error until it is replaced: re-filled from a real table (刷新数据 or 填充), or typed
 * over. A recorded value no longer found after its context has been changed by the user and is not reported.
 */
export const sampleData: Rule = {
  id: "sample-data",
  title: "示例数据未替换",
  titleEn: "Sample data not replaced",
  check: (input) => {
    const fills = input.sampleFills ?? [];
    if (fills.length === 0) return [];
    const byPlace = new Map(input.snapshot.paragraphs.map((p) => [`${partKey(p.part)}#${p.index}`, p]));
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const f of fills) {
      const p = byPlace.get(`${partKey(f.part)}#${f.paragraph}`);
      const at = p && f.value ? locate(p, f) : undefined;
      if (!p || at === undefined || seen.has(`${f.paragraph}:${at}`)) continue;
      seen.add(`${f.paragraph}:${at}`);
      out.push(
        finding("sample-data", "error", p, at, at + f.value.length, {
          zh: `“${f.value}”取自内置示例数据（${f.row}），不是真实数据：请导入本地指标表后刷新数据或重新填充`,
          en: `“${f.value}” comes from the bundled sample data (${f.row}) and is not real: import your own table, then refresh or fill again`,
        }),
      );
    }
    return out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  },
};
