import { performance } from "node:perf_hooks";

/** The fastest of `runs` runs of `f`, in milliseconds (the least disturbed by the rest of the machine). */
export function best(runs: number, f: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}
