/**
 * Automatic list numbers (numbering.xml) as Word's ListItem.listString gives them: the w:num instances of one
 * w:abstractNum share their counters, counting from w:start; a w:num's w:startOverride resets its level the first
 * time that w:num is used (so a list "restarted at 10" continues the original list's numbers after it, as Word
 * does); using a level restarts every deeper one (unless the deeper level's w:lvlRestart says otherwise); w:lvlText's %1…%9 take each level's number in that level's format
 * (decimal under w:isLgl). Paragraphs must be fed in document order.
 */
import { formatNumber } from "./numformat";
import { attr, child, childrenNamed, intAttr, onOff, W, type XmlDom } from "./xml";

interface Level {
  start: number;
  fmt: string;
  text: string;
  /** restart after a use of this level (1-based, Word's w:lvlRestart); 0 = never; undefined = after any shallower one */
  restart?: number;
  legal: boolean;
}

export interface Numbering {
  /** the next number of this list level, as text; undefined when the numbering is not defined (or numId 0) */
  next(numId: number, ilvl: number): string | undefined;
}

function readLevels(el: Element, into: Map<number, Level>): void {
  for (const lvl of childrenNamed(el, "lvl")) {
    const ilvl = intAttr(lvl, "ilvl") ?? 0;
    const restart = intAttr(child(lvl, "lvlRestart"));
    into.set(ilvl, {
      start: intAttr(child(lvl, "start")) ?? 0,
      fmt: attr(child(lvl, "numFmt")) ?? "decimal",
      text: attr(child(lvl, "lvlText")) ?? "",
      ...(restart !== undefined ? { restart } : {}),
      legal: onOff(child(lvl, "isLgl")) ?? false,
    });
  }
}

export function readNumbering(text: string | undefined, xml: XmlDom): Numbering {
  const abstracts = new Map<number, Map<number, Level>>();
  const nums = new Map<number, { abstract: number; levels: Map<number, Level>; overrides: Map<number, number> }>();
  if (text !== undefined) {
    const root = xml.parse(text).documentElement;
    for (const a of Array.from(root.getElementsByTagNameNS(W, "abstractNum"))) {
      const levels = new Map<number, Level>();
      readLevels(a, levels);
      abstracts.set(intAttr(a, "abstractNumId") ?? -1, levels);
    }
    for (const n of childrenNamed(root, "num")) {
      const abstract = intAttr(child(n, "abstractNumId")) ?? -1;
      const base = abstracts.get(abstract);
      if (!base) continue;
      const levels = new Map(base);
      const overrides = new Map<number, number>();
      for (const o of childrenNamed(n, "lvlOverride")) {
        const ilvl = intAttr(o, "ilvl") ?? 0;
        readLevels(o, levels);
        const start = intAttr(child(o, "startOverride"));
        if (start !== undefined) overrides.set(ilvl, start);
      }
      nums.set(intAttr(n, "numId") ?? -1, { abstract, levels, overrides });
    }
  }

  const counters = new Map<number, (number | undefined)[]>();
  const overridden = new Set<string>();
  return {
    next(numId, ilvl) {
      const num = nums.get(numId);
      const level = num?.levels.get(ilvl);
      if (!num || !level) return undefined;
      const levels = num.levels;
      const counts = counters.get(num.abstract) ?? [];
      counters.set(num.abstract, counts);
      const override = num.overrides.get(ilvl);
      const key = `${numId}:${ilvl}`;
      if (override !== undefined && !overridden.has(key)) {
        overridden.add(key);
        counts[ilvl] = override;
      } else counts[ilvl] = counts[ilvl] === undefined ? level.start : (counts[ilvl] ?? 0) + 1;
      for (let d = ilvl + 1; d < 9; d += 1) {
        const deeper = levels.get(d);
        // lvlRestart is 1-based: restart when a level at or above it is used
        if (deeper?.restart === 0) continue;
        if (deeper?.restart === undefined || ilvl + 1 <= deeper.restart) counts[d] = undefined;
      }
      return level.text.replace(/%([1-9])/g, (_, k: string) => {
        const d = Number(k) - 1;
        const lv = levels.get(d);
        const n = counts[d] ?? num.overrides.get(d) ?? lv?.start ?? 1;
        return formatNumber(n, level.legal || !lv ? "decimal" : lv.fmt);
      });
    },
  };
}
