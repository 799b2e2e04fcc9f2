/** Fill targets found in a DocxSnapshot, as text edits for the writer. */
import { partKey } from "../core/document/snapshot";
import type { FillTarget, WriteOptions } from "../core/host";
import type { TextEdit } from "./model";
import { type DocxSnapshot, fullOffset } from "./snapshot";

/** The author of tracked changes DraftKit makes. */
export const AUTHOR = "DraftKit";

/**
 * One edit per target, in the mode the options ask for: a tracked change (author DraftKit, `date`), a content
 * control with the target's tag (linked values), or a plain replacement. A target whose paragraph the snapshot
 * does not hold is left out (the writer would refuse it anyway) and returned in `missing`.
 */
export function editsForFills(snap: DocxSnapshot, targets: readonly FillTarget[], options: WriteOptions, date: Date): { edits: TextEdit[]; missing: FillTarget[] } {
  const byKey = new Map<string, number>();
  snap.snapshot.paragraphs.forEach((p, i) => byKey.set(`${partKey(p.part)}#${p.index}`, i));
  const edits: TextEdit[] = [];
  const missing: FillTarget[] = [];
  for (const t of targets) {
    const i = byKey.get(`${partKey(t.part)}#${t.paragraph}`);
    const source = i === undefined ? undefined : snap.sources[i];
    if (!source) {
      missing.push(t);
      continue;
    }
    const mode: TextEdit["mode"] =
      options.linked && t.tag
        ? { kind: "control", tag: t.tag, title: t.label ?? t.tag }
        : options.trackChanges
          ? { kind: "tracked", author: AUTHOR, date: date.toISOString().replace(/\.\d{3}Z$/, "Z") }
          : { kind: "plain" };
    const start = fullOffset(source, t.start, "start");
    const end = fullOffset(source, t.end, "end");
    edits.push({ paragraph: source.xml, start, end, text: t.text, value: t.value, mode });
  }
  return { edits, missing };
}
