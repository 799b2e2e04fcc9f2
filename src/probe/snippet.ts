/**
 * The Script Lab snippet (docs/probe/draftkit-word-probe.yaml): the probe's checks bundled into one script plus a
 * run button, for a person with Word and Script Lab but no DraftKit server. Generated from src/word/probe/checks.ts
 * by tests/unit/word-recordings-snippet.test.ts, which fails when the committed snippet is out of date.
 */
const indent = (text: string): string =>
  text
    .split("\n")
    .map((l) => (l.length > 0 ? `    ${l}` : ""))
    .join("\n");

export function snippetYaml(bundledChecks: string): string {
  const script = `${bundledChecks.trimEnd()}
document.getElementById("run").addEventListener("click", async () => {
  const out = document.getElementById("result");
  out.textContent = "正在运行… running";
  try {
    const recording = await DraftKitProbe.runProbe({ simulated: false });
    out.textContent = JSON.stringify(recording, null, 2);
  } catch (e) {
    out.textContent = "探针未能运行 / probe failed: " + (e && e.message ? e.message : String(e));
  }
});
`;
  const template = `<p>请在新建的空白文档中运行（会清空文档）。Run in a new, empty document: it replaces the content.</p>
<button id="run">运行探针 Run</button>
<p>完成后复制下面的 JSON，存为 tests/word-recordings/&lt;平台&gt;-&lt;版本&gt;.json。Copy the JSON below into tests/word-recordings/.</p>
<pre id="result" style="white-space: pre-wrap; font-size: 11px"></pre>
`;
  return `name: DraftKit Word probe
description: Records what Word's API returns for the constructs DraftKit relies on (generated; do not edit)
host: WORD
api_set: {}
script:
  content: |
${indent(script)}
  language: typescript
template:
  content: |
${indent(template)}
  language: html
style:
  content: ""
  language: css
libraries: |
  https://appsforoffice.microsoft.com/lib/1/hosted/office.js
  @types/office-js
`;
}
