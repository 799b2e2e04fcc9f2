import type { SimDocument } from "../model/document";
import { ErrorCodes, SimError } from "./errors";
import { requestBytes, responseBytes } from "./requestSize";

/** One queued command; `run` executes it against the document at sync time and may return loaded data. */
export interface Command {
  readonly id: number;
  readonly op: "create" | "method" | "set" | "load" | "trace";
  readonly target: number;
  readonly name: string;
  readonly args: unknown;
  run(): unknown;
}

export interface SyncRecord {
  commands: number;
  requestBytes: number;
  responseBytes: number;
}

export interface HostStats {
  syncs: SyncRecord[];
}

export interface HostConfig {
  /** Highest WordApi minor version answered true by isSetSupported (e.g. 3 for WordApi 1.3). */
  wordApiMinor: number;
  /** Request/response size limit per sync; Office on the web documents 5 MB. */
  payloadLimitBytes: number;
  /** Let the event loop turn at every sync, as a real round trip does. */
  asyncSync: boolean;
  /** Size of all add-in settings (JSON characters) above which settings.saveAsync fails. */
  settingsLimitChars: number;
}

/** A test's injected failure: the command `name` fails with `code` after `after` successful runs of it. */
export interface Fault {
  name: string;
  after: number;
  code: string;
}

export interface HostRuntime {
  readonly doc: SimDocument;
  readonly stats: HostStats;
  readonly config: HostConfig;
  readonly faults?: Fault[];
}

let nextObjectId = 1;

export class SimRequestContext {
  private queue: Command[] = [];
  private nextCommand = 1;
  constructor(readonly runtime: HostRuntime) {}

  newObjectId(): number {
    nextObjectId += 1;
    return nextObjectId;
  }

  enqueue(op: Command["op"], target: number, name: string, args: unknown, run: () => unknown): void {
    this.queue.push({ id: this.nextCommand++, op, target, name, args, run });
  }

  /** Fails a command a test asked to fail; the commands before it in the batch stay applied, as in Word. */
  private injected(c: Command): void {
    const faults = this.runtime.faults ?? [];
    const i = faults.findIndex((f) => f.name === c.name);
    const fault = faults[i];
    if (!fault) return;
    if (fault.after > 0) {
      fault.after -= 1;
      return;
    }
    faults.splice(i, 1);
    throw new SimError(fault.code, `Injected failure of ${c.name}.`, c.name);
  }

  /** Queues a trace message; a failed sync lists those executed before the failure in its error's traceMessages. */
  trace(message: string): void {
    this.enqueue("trace", 0, "trace", message, () => undefined);
  }

  get pendingCommands(): number {
    return this.queue.length;
  }

  /** Executes every queued command in order; the first failure rejects the sync and drops the rest, as Office.js does. */
  async sync(): Promise<void> {
    const commands = this.queue.splice(0);
    const { stats, config, doc } = this.runtime;
    const record: SyncRecord = { commands: commands.length, requestBytes: requestBytes(commands), responseBytes: 0 };
    stats.syncs.push(record);
    if (config.asyncSync) await Promise.resolve();
    if (record.requestBytes > config.payloadLimitBytes) {
      throw new SimError(ErrorCodes.requestPayloadSizeLimitExceeded, "The request payload size has exceeded the limit.");
    }
    const results: unknown[] = [];
    const traces: string[] = [];
    try {
      for (const c of commands) {
        this.injected(c);
        if (c.op === "trace") traces.push(String(c.args));
        const r = c.run();
        if (r !== undefined) results.push(r);
      }
    } catch (e) {
      // OfficeExtension.Error.traceMessages: the context.trace() messages executed before the error.
      const error = e instanceof SimError ? e : new SimError(ErrorCodes.generalException, e instanceof Error ? e.message : String(e));
      error.traceMessages.push(...traces);
      throw error;
    } finally {
      if (commands.length > 0) doc.notify();
    }
    record.responseBytes = responseBytes(results);
    if (record.responseBytes > config.payloadLimitBytes) {
      throw new SimError(ErrorCodes.requestPayloadSizeLimitExceeded, "The response payload size has exceeded the limit.");
    }
  }
}
