import type { DocSnapshot } from "../core/document/snapshot";
import { partKey } from "../core/document/snapshot";
import type { BlockRole, CommentTarget, DocumentHost, InsertOptions, SectionBlock, FillReport, FillTarget, HostCapabilities, LinkedValue, Outcome, TextTarget, WriteOptions } from "../core/host";
import type { IndicatorTable } from "../core/table/schema";
import { insertComments } from "./comments";
import { guarded } from "./errors";
import { fillTargets } from "./fill";
import { readLinked, writeLinked } from "./linked";
import { readSnapshot } from "./read";
import { insertBlocks } from "./sections";
import { readSelectionBlocks } from "./selectionBlocks";
import { selectTarget } from "./select";
import { loadTableSetting, saveTableSetting } from "./settings";
import { shortTags } from "./tags";

/**
 * The Word adapter: the only module that calls Word.run. It works the same on real Word and on the simulated host,
 * which installs the same globals.
 */
export function createWordHost(label = "Word"): DocumentHost {
  let last: DocSnapshot | undefined;

  const partTexts = (target: TextTarget): string[] => {
    const key = partKey(target.part);
    const texts: string[] = [];
    for (const p of last?.paragraphs ?? []) if (partKey(p.part) === key) texts[p.index] = p.text;
    return Array.from(texts, (t) => t ?? "");
  };

  return {
    capabilities(): HostCapabilities {
      const api14 = Office.context.requirements.isSetSupported("WordApi", "1.4");
      return { comments: api14, trackChanges: api14, label };
    },
    async read(): Promise<DocSnapshot> {
      last = await guarded(() => Word.run((context) => readSnapshot(context)));
      return last;
    },
    async select(target: TextTarget): Promise<Outcome> {
      return guarded(() => Word.run((context) => selectTarget(context, target, partTexts(target))));
    },
    async fill(targets: readonly FillTarget[], options: WriteOptions): Promise<FillReport> {
      const { tags, problem } = options.linked ? await shortTags(targets.flatMap((t) => (t.tag ? [t.tag] : []))) : { tags: new Map<string, string>(), problem: undefined };
      const report = await guarded(() => Word.run((context) => fillTargets(context, targets, options, tags)));
      return problem ? { ...report, notes: [problem] } : report;
    },
    async comment(targets: readonly CommentTarget[]) {
      return guarded(() => Word.run((context) => insertComments(context, targets)));
    },
    async insertSections(blocks: readonly SectionBlock[], options: InsertOptions): Promise<number> {
      const { tags } = await shortTags(blocks.flatMap((b) => b.placements.map((p) => p.tag)));
      const written = blocks.map((b) => ({ ...b, placements: b.placements.map((p) => ({ ...p, tag: tags.get(p.tag) ?? p.tag })) }));
      return guarded(() => Word.run((context) => insertBlocks(context, written, options)));
    },
    async selectionBlocks(): Promise<{ role: BlockRole; text: string }[]> {
      return guarded(() => Word.run((context) => readSelectionBlocks(context)));
    },
    async linkedValues(): Promise<LinkedValue[]> {
      return guarded(() => Word.run((context) => readLinked(context)));
    },
    async updateLinked(updates, options): Promise<number> {
      return guarded(() => Word.run((context) => writeLinked(context, updates, options.trackChanges)));
    },
    loadTable(): IndicatorTable | undefined {
      return loadTableSetting();
    },
    saveTable(table: IndicatorTable | undefined): Promise<Outcome> {
      return saveTableSetting(table);
    },
  };
}
