import type { DocSnapshot } from "../core/document/snapshot";
import { partKey } from "../core/document/snapshot";
import type { DocumentHost, HostCapabilities, Outcome, TextTarget } from "../core/host";
import { readSnapshot } from "./read";
import { selectTarget } from "./select";

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
      last = await Word.run((context) => readSnapshot(context));
      return last;
    },
    async select(target: TextTarget): Promise<Outcome> {
      return Word.run((context) => selectTarget(context, target, partTexts(target)));
    },
  };
}
