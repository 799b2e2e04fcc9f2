import type { ProbeRecording } from "./checks";

/** The checks whose answer differs between a recording and a replay (ids with both values), in recording order. */
export function differences(recorded: ProbeRecording, replayed: ProbeRecording): { id: string; recorded: unknown; replayed: unknown }[] {
  const byId = new Map(replayed.records.map((r) => [r.id, r.value]));
  return recorded.records
    .filter((r) => JSON.stringify(r.value) !== JSON.stringify(byId.get(r.id)))
    .map((r) => ({ id: r.id, recorded: r.value, replayed: byId.get(r.id) }));
}
