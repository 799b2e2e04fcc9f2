import { type BlockSpec, type DocumentSpec, buildDocument } from "../build";
import { type SimHost, type SimHostOptions, createSimHost } from "../host";

export interface Harness {
  host: SimHost;
  Word: typeof Word;
  Office: typeof Office;
}

/** A simulated host over a document, with `Word` typed as @types/office-js declares it. */
export function harness(spec: DocumentSpec | BlockSpec[], options: SimHostOptions = {}): Harness {
  const doc = buildDocument(Array.isArray(spec) ? { blocks: spec } : spec);
  const host = createSimHost({ ...options, doc });
  return { host, Word: host.Word as unknown as typeof Word, Office: host.Office as unknown as typeof Office };
}

export const bodyTexts = (h: Harness): string[] => h.host.doc.body.paragraphs().map((p) => p.text);
