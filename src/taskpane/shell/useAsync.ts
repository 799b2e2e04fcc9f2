import { useCallback, useState } from "react";

export interface AsyncState<T> {
  running: boolean;
  value: T | undefined;
  error: Error | undefined;
  run(): Promise<void>;
}

/** Runs an async action for a view, keeping its error to show in the pane rather than swallowing it. */
export function useAsync<T>(action: () => Promise<T>): AsyncState<T> {
  const [running, setRunning] = useState(false);
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<Error | undefined>(undefined);
  const run = useCallback(async () => {
    setRunning(true);
    setError(undefined);
    try {
      setValue(await action());
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setRunning(false);
    }
  }, [action]);
  return { running, value, error, run };
}
