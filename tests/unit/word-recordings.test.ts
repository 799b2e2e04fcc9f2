import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type ProbeRecording, runProbe } from "../../src/word/probe/checks";
import { differences } from "../../src/word/probe/compare";
import { createSimHost } from "../../src/simword/host";

/**
 * Every recording of the Word probe (src/word/probe, page src/probe) in tests/word-recordings/ — from real Word or, labelled
 * "simulated": true, from the simulated host — is replayed against the simulation at the recording's WordApi level:
 * a recording from real Word that the simulation contradicts fails here, naming the check.
 * UPDATE_SIMULATED_RECORDING=1 rewrites simulated-*.json from the current simulation.
 */
const dir = join(__dirname, "..", "word-recordings");
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

async function replay(minor: number): Promise<ProbeRecording> {
  const sim = createSimHost({ wordApiMinor: minor, platform: "OfficeOnline" });
  sim.install(globalThis as unknown as Record<string, unknown>);
  return runProbe({ simulated: true });
}

describe("Word probe recordings replayed against the simulated host", () => {
  it("has at least one recording", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)("%s: the simulation answers every check as recorded", async (file) => {
    const recorded = JSON.parse(readFileSync(join(dir, file), "utf8")) as ProbeRecording;
    expect(recorded.format).toBe("draftkit-word-probe");
    const minor = Math.max(...recorded.host.wordApi.map((v) => Number(v.split(".")[1])));
    const now = await replay(minor);
    if (process.env.UPDATE_SIMULATED_RECORDING && recorded.simulated) writeFileSync(join(dir, file), `${JSON.stringify(now, null, 2)}\n`);
    expect(differences(recorded, now)).toEqual([]);
  });

  it("names a check the simulation answers differently (as a real-Word recording would)", async () => {
    const now = await replay(5);
    const real: ProbeRecording = { ...now, simulated: false, records: now.records.map((r) => (r.id === "search.widths" ? { ...r, value: ["X", "X"] } : r)) };
    expect(differences(real, now).map((d) => d.id)).toEqual(["search.widths"]);
  });
});
