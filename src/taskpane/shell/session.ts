import type { SampleFill } from "../../core/audit/rules/sampleData";
import type { DocSnapshot } from "../../core/document/snapshot";

/**
 * What the pane keeps per document so that a pane reload finds the work where it was: the user's inputs (ticks,
 * edited values, search text, region), not the results, which are recomputed from the document as it is now.
 */
export interface PaneSession {
  view?: string;
  fill?: {
    scanned: boolean;
    settings: { year: string; thousands: boolean; linked: boolean; track: boolean };
    /** placeholder id, its text when ticked, ticked, value */
    choices: [string, string, boolean, string][];
  };
  sections?: { query: string; category: string };
  audit?: { ran: boolean; region: string; year: string };
  /** values filled from a sample table, for the 示例数据未替换 audit rule */
  sampleFills?: SampleFill[];
}

const PREFIX = "draftkit.pane.v1:";
/** sessions of this many documents are kept; the least recently used one goes first */
export const MAX_DOCUMENTS = 8;
/** a session bigger than this (thousands of edited values) is not stored, and the pane says so */
export const MAX_SESSION_CHARS = 200_000;

/**
 * The key of a document: a hash of its first body paragraphs. Word gives an add-in no stable document identity
 * offline (Office.context.document.url is empty for a new or local file), and the opening paragraphs (title,
 * salutation) rarely change once drafting has begun.
 */
export function documentKey(snapshot: DocSnapshot): string {
  const head = snapshot.paragraphs
    .filter((p) => p.part.kind === "body" && p.text.trim() !== "")
    .slice(0, 12)
    .map((p) => p.text)
    .join("\n");
  let h = 0x811c9dc5;
  for (let i = 0; i < head.length; i += 1) {
    h ^= head.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(36)}-${head.length.toString(36)}`;
}

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

interface Stored {
  at: number;
  session: PaneSession;
}

function entries(store: Store): [string, number][] {
  const out: [string, number][] = [];
  for (let i = 0; i < store.length; i += 1) {
    const k = store.key(i);
    if (!k?.startsWith(PREFIX)) continue;
    out.push([k, readStored(store, k)?.at ?? 0]);
  }
  return out;
}

function readStored(store: Store, k: string): Stored | undefined {
  const raw = store.getItem(k);
  if (!raw) return undefined;
  try {
    const v = JSON.parse(raw) as Stored;
    return v && typeof v === "object" && typeof v.at === "number" && v.session && typeof v.session === "object" ? v : undefined;
  } catch {
    return undefined;
  }
}

export const hasSessions = (store: Store): boolean => entries(store).length > 0;

/** The session saved for a document; a damaged entry reads as none (it is overwritten by the next save). */
export const loadSession = (store: Store, key: string): PaneSession | undefined => readStored(store, PREFIX + key)?.session;

export type SaveOutcome = { ok: true } | { ok: false; code: "session_too_large" | "storage_failed"; message: string };

/** Saves a document's session, dropping the least recently used documents beyond MAX_DOCUMENTS. */
export function saveSession(store: Store, key: string, session: PaneSession, now = Date.now()): SaveOutcome {
  const text = JSON.stringify({ at: now, session } satisfies Stored);
  if (text.length > MAX_SESSION_CHARS) {
    return { ok: false, code: "session_too_large", message: "本文档的窗格状态过大，重新打开窗格后需重新扫描" };
  }
  try {
    store.setItem(PREFIX + key, text);
    const old = entries(store).sort((a, b) => b[1] - a[1]).slice(MAX_DOCUMENTS);
    for (const [k] of old) store.removeItem(k);
    return { ok: true };
  } catch (e) {
    return { ok: false, code: "storage_failed", message: `无法保存窗格状态：${e instanceof Error ? e.message : String(e)}` };
  }
}
