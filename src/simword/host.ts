import "./api/index";
import { DocumentProxy } from "./api/document";
import { SimDocument } from "./model/document";
import { type Fault, type HostConfig, type HostStats, SimRequestContext } from "./runtime/context";
import { ErrorCodes, SimError } from "./runtime/errors";

export class SimWordContext extends SimRequestContext {
  readonly document: DocumentProxy = new DocumentProxy(this, () => this.runtime.doc);
}

export interface SimHostOptions extends Partial<HostConfig> {
  doc?: SimDocument;
  displayLanguage?: string;
  platform?: string;
}

export interface SimHost {
  readonly doc: SimDocument;
  readonly stats: HostStats;
  readonly config: HostConfig;
  readonly Word: Record<string, unknown>;
  readonly Office: Record<string, unknown>;
  readonly OfficeExtension: Record<string, unknown>;
  /** Number of syncs so far (Word.run's closing sync included). */
  syncCount(): number;
  resetStats(): void;
  /**
   * Makes the command `name` (a method such as "insertText", or a property set such as "changeTrackingMode") fail
   * with `code` after `after` successful runs; the commands queued before it in the same sync stay applied.
   */
  injectFault(name: string, after?: number, code?: string): void;
  /** Makes `Word`, `Office` and `OfficeExtension` globals of `target`, as office.js does. */
  install(target: Record<string, unknown>): void;
}

const enums = {
  InsertLocation: { replace: "Replace", start: "Start", end: "End", before: "Before", after: "After" },
  RangeLocation: { whole: "Whole", start: "Start", end: "End", before: "Before", after: "After", content: "Content" },
  SelectionMode: { select: "Select", start: "Start", end: "End" },
  ChangeTrackingMode: { off: "Off", trackAll: "TrackAll", trackMineOnly: "TrackMineOnly" },
  ContentControlAppearance: { boundingBox: "BoundingBox", tags: "Tags", hidden: "Hidden" },
  HeaderFooterType: { primary: "Primary", firstPage: "FirstPage", evenPages: "EvenPages" },
  Alignment: { left: "Left", centered: "Centered", right: "Right", justified: "Justified" },
  BuiltInStyleName: {
    normal: "Normal",
    title: "Title",
    subtitle: "Subtitle",
    heading1: "Heading1",
    heading2: "Heading2",
    heading3: "Heading3",
    heading4: "Heading4",
  },
};

export function createSimHost(options: SimHostOptions = {}): SimHost {
  const doc = options.doc ?? new SimDocument();
  const config: HostConfig = {
    wordApiMinor: options.wordApiMinor ?? 5,
    payloadLimitBytes: options.payloadLimitBytes ?? 5 * 1024 * 1024,
    asyncSync: options.asyncSync ?? true,
    settingsLimitChars: options.settingsLimitChars ?? 2 * 1024 * 1024,
  };
  const stats: HostStats = { syncs: [] };
  const faults: Fault[] = [];
  const runtime = { doc, stats, config, faults };

  const run = async <R>(batch: (ctx: SimWordContext) => Promise<R>): Promise<R> => {
    if (typeof batch !== "function") throw new SimError(ErrorCodes.invalidArgument, "Word.run needs a batch function.");
    const ctx = new SimWordContext(runtime);
    const result = await batch(ctx);
    if (ctx.pendingCommands > 0) await ctx.sync();
    return result;
  };

  const Word = { run, RequestContext: SimWordContext, ...enums, Style: enums.BuiltInStyleName };
  const OfficeExtension = { Error: SimError, ErrorCodes: { ...ErrorCodes } };
  const requirements = {
    isSetSupported(name: string, version?: string): boolean {
      if (name !== "WordApi") return false;
      if (!version) return true;
      const [major, minor] = version.split(".").map(Number);
      return major === 1 && (minor ?? 0) <= config.wordApiMinor;
    },
  };
  const settings = {
    get: (key: string): unknown => doc.settings.get(key) ?? null,
    set: (key: string, value: unknown): void => {
      doc.settings.set(key, JSON.parse(JSON.stringify(value)));
    },
    remove: (key: string): void => {
      doc.settings.delete(key);
    },
    // Settings are saved into the document with a size limit (about 2 MB, not precisely documented:
    // learn.microsoft.com/answers/questions/340861/document-settings-size-limit); above it, or when a test injects a
    // "settings.saveAsync" fault, saveAsync reports Failed and the values stay set in memory only, as in Office.
    saveAsync: (callback?: (r: { status: string; error?: { code: number; name: string; message: string } }) => void): void => {
      const size = JSON.stringify(Object.fromEntries(doc.settings)).length;
      const injected = faults.findIndex((f) => f.name === "settings.saveAsync");
      if (injected >= 0) faults.splice(injected, 1);
      const failed = injected >= 0 || size > config.settingsLimitChars;
      const error = { code: 5001, name: "Internal Error", message: "An internal error has occurred." };
      queueMicrotask(() => callback?.(failed ? { status: "failed", error } : { status: "succeeded" }));
    },
  };
  const info = { host: "Word", platform: options.platform ?? "OfficeOnline" };
  const Office = {
    HostType: { Word: "Word" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (cb?: (i: typeof info) => void): Promise<typeof info> =>
      Promise.resolve(info).then((i) => {
        cb?.(i);
        return i;
      }),
    context: {
      host: "Word",
      platform: info.platform,
      displayLanguage: options.displayLanguage ?? "zh-CN",
      requirements,
      document: { settings },
    },
  };

  return {
    doc,
    stats,
    config,
    Word,
    Office,
    OfficeExtension,
    syncCount: () => stats.syncs.length,
    resetStats: () => {
      stats.syncs.length = 0;
    },
    injectFault: (name, after = 0, code = "GeneralException") => {
      faults.push({ name, after, code });
    },
    install(target) {
      target["Word"] = Word;
      target["Office"] = Office;
      target["OfficeExtension"] = OfficeExtension;
    },
  };
}
