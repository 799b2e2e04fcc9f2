import { useCallback, useRef, useState } from "react";

export interface AsyncState<T> {
  running: boolean;
  value: T | undefined;
  error: Error | undefined;
  run(): Promise<void>;
  /** Stops waiting for the running action: its result is discarded. Word cannot abort a sync, so only reads use it. */
  cancel(): void;
  /** Puts a value in place without running (a restored session). */
  set(value: T | undefined): void;
  /** when the running action started (performance.now()), for progress */
  startedAt: number | undefined;
  cancelled: boolean;
}

/** Runs an async action for a view, keeping its error to show in the pane rather than swallowing it. */
export function useAsync<T>(action: () => Promise<T>): AsyncState<T> {
  const [running, setRunning] = useState(false);
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [startedAt, setStartedAt] = useState<number | undefined>();
  const [cancelled, setCancelled] = useState(false);
  const generation = useRef(0);
  const run = useCallback(async () => {
    const mine = ++generation.current;
    setRunning(true);
    setCancelled(false);
    setStartedAt(performance.now());
    setError(undefined);
    try {
      const v = await action();
      if (mine === generation.current) setValue(v);
    } catch (e) {
      if (mine === generation.current) setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      if (mine === generation.current) {
        setRunning(false);
        setStartedAt(undefined);
      }
    }
  }, [action]);
  const cancel = useCallback(() => {
    generation.current += 1;
    setRunning(false);
    setStartedAt(undefined);
    setCancelled(true);
  }, []);
  const set = useCallback((v: T | undefined) => {
    generation.current += 1;
    setValue(v);
  }, []);
  return { running, value, error, run, cancel, set, startedAt, cancelled };
}
