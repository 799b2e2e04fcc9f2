import expected from "../../tests/word-recordings/simulated-wordapi-1.5.json";
import { createSimHost } from "../simword/host";
import { type ProbeRecording, runProbe } from "../word/probe/checks";
import { differences } from "../word/probe/compare";

/**
 * probe.html: inside Word (office.js loaded) it probes the open document; opened in a plain browser, or with
 * ?sim, it probes DraftKit's simulated host instead. Each check is shown against the simulation's answer (✓ same,
 * ≠ differs): a "≠" in real Word is exactly what the recording is for. The JSON goes into tests/word-recordings/.
 */
const office = (globalThis as { Office?: { onReady(): Promise<unknown> } }).Office;
const simulated = new URLSearchParams(location.search).has("sim") || office === undefined;
if (simulated) createSimHost({ wordApiMinor: 5 }).install(window as unknown as Record<string, unknown>);

const $ = (id: string) => document.getElementById(id) as HTMLElement;

function show(recording: ProbeRecording): void {
  const differing = new Set(differences(expected as ProbeRecording, recording).map((d) => d.id));
  $("checks").replaceChildren(
    ...recording.records.map((r) => {
      const li = document.createElement("li");
      li.className = differing.has(r.id) ? "differs" : "same";
      li.dataset["check"] = r.id;
      li.textContent = `${r.id}: ${JSON.stringify(r.value)}`;
      return li;
    }),
  );
  $("status").textContent = `${recording.records.length} 项检查完成，${differing.size} 项与模拟不同${simulated ? "（模拟 Word）" : ""}。`;
  $("result").textContent = JSON.stringify(recording, null, 2);
  ($("copy") as HTMLButtonElement).disabled = false;
}

async function start(): Promise<void> {
  $("status").textContent = "正在运行…";
  try {
    show(await runProbe({ simulated }));
  } catch (e) {
    $("status").textContent = `探针未能运行：${e instanceof Error ? e.message : String(e)}`;
  }
}

async function ready(): Promise<void> {
  if (!simulated) await office?.onReady();
  $("run").addEventListener("click", () => void start());
  $("copy").addEventListener("click", () => void navigator.clipboard.writeText($("result").textContent ?? ""));
  $("status").textContent = simulated ? "模拟 Word：可以运行。" : "Word 已就绪：可以运行。";
  document.body.dataset["ready"] = "true";
}

void ready();
