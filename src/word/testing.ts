import { type DocumentSpec, buildDocument } from "../simword/build";
import { type SimHost, type SimHostOptions, createSimHost } from "../simword/host";
import type { SimDocument } from "../simword/model/document";
import type { DocumentHost } from "../core/host";
import { createWordHost } from "./wordHost";

/** Test helper: a simulated Word over `spec`, installed as the globals, and the adapter on it. */
export function installSim(spec: DocumentSpec, options: SimHostOptions = {}): { sim: SimHost; host: DocumentHost } {
  const sim = createSimHost({ ...options, doc: buildDocument(spec) });
  sim.install(globalThis as unknown as Record<string, unknown>);
  return { sim, host: createWordHost() };
}

/** Test helper: a simulated Word over an already built document (e.g. one read from a .docx), and the adapter on it. */
export function installSimDocument(doc: SimDocument, options: SimHostOptions = {}): { sim: SimHost; host: DocumentHost } {
  const sim = createSimHost({ ...options, doc });
  sim.install(globalThis as unknown as Record<string, unknown>);
  return { sim, host: createWordHost() };
}
