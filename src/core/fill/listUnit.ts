import { knownUnit } from "../table/units";

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// one pattern per unit, compiled once (units are few)
const patterns = new Map<string, RegExp>();

/**
 * 分别拉动X个、X个和X个百分点: a unit cut short before 、/和 is the unit the last figure of the list writes in full, when
 * that one starts with it and is known (个 → 个百分点); otherwise the unit as written.
 */
export function listedUnit(after: string, unit: string): string {
  // only a list goes on after the figure (most placeholders are followed by anything else)
  if (!/^[、和及与]/.test(after)) return unit;
  let re = patterns.get(unit);
  if (!re) {
    const u = escapeRe(unit);
    const run = "\\d*[XxＸｘ╳][XxＸｘ╳.．\\d]*";
    re = new RegExp(`^(?:[、和及与]${run}${u})*[、和及与]${run}(${u}[^，,。；;、和及与\\dXxＸｘ╳]{1,4})`);
    if (patterns.size > 500) patterns.clear();
    patterns.set(unit, re);
  }
  const m = re.exec(after);
  const longest = m?.[1];
  if (!longest) return unit;
  for (let n = longest.length; n > unit.length; n -= 1) if (knownUnit(longest.slice(0, n))) return longest.slice(0, n);
  return unit;
}
