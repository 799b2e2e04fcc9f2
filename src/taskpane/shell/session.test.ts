import { MAX_DOCUMENTS, documentKey, hasSessions, loadSession, saveSession } from "./session";

class MemoryStore {
  private m = new Map<string, string>();
  failing = false;
  get length() {
    return this.m.size;
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failing) throw new Error("QuotaExceededError");
    this.m.set(k, v);
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
}

const snap = (...texts: string[]) => ({ paragraphs: texts.map((text, index) => ({ part: { kind: "body" as const }, index, text, inTable: false })) });

describe("the pane's per-document session", () => {
  it("keys a document by its opening paragraphs, not by later edits", () => {
    const a = documentKey(snap("在见面会上的讲话", "同志们：", "正文"));
    expect(documentKey(snap("在见面会上的讲话", "", "同志们：", "正文"))).toBe(a);
    expect(documentKey(snap("在工作会议上的讲话", "同志们：", "正文"))).not.toBe(a);
    const long = Array.from({ length: 20 }, (_, i) => `段落${i}`);
    expect(documentKey(snap(...long, "结尾改了"))).toBe(documentKey(snap(...long, "结尾")));
  });

  it("restores what was saved for the same document only", () => {
    const s = new MemoryStore();
    expect(hasSessions(s)).toBe(false);
    expect(saveSession(s, "doc1", { audit: { ran: true, region: "富顺县", year: "" } })).toEqual({ ok: true });
    expect(loadSession(s, "doc1")?.audit?.region).toBe("富顺县");
    expect(loadSession(s, "doc2")).toBeUndefined();
    expect(hasSessions(s)).toBe(true);
  });

  it("keeps only the most recently used documents", () => {
    const s = new MemoryStore();
    for (let i = 0; i < MAX_DOCUMENTS + 3; i += 1) saveSession(s, `d${i}`, { view: "fill" }, 1000 + i);
    expect(s.length).toBe(MAX_DOCUMENTS);
    expect(loadSession(s, "d0")).toBeUndefined();
    expect(loadSession(s, `d${MAX_DOCUMENTS + 2}`)).toBeDefined();
  });

  it("reports a storage failure instead of swallowing it, and reads a damaged entry as none", () => {
    const s = new MemoryStore();
    s.setItem("draftkit.pane.v1:bad", "{not json");
    expect(loadSession(s, "bad")).toBeUndefined();
    s.failing = true;
    const r = saveSession(s, "doc", { view: "audit" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe("storage_failed");
  });

  it("refuses a session too large to store", () => {
    const s = new MemoryStore();
    const choices: [string, string, boolean, string][] = Array.from({ length: 20_000 }, (_, i) => [`body:${i}:0`, "X", true, "1234567"]);
    const r = saveSession(s, "big", { fill: { scanned: true, settings: { year: "", thousands: false, linked: true, track: false }, choices } });
    expect(r.ok).toBe(false);
    expect(s.length).toBe(0);
  });
});
