import { webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { sampleDocumentSpec } from "../samples/sampleDocument";
import { buildDocument } from "../simword/build";
import { createSimHost } from "../simword/host";
import { App, viewFromQuery } from "../taskpane/App";
import { localeFor } from "../taskpane/i18n/strings";
import { createWordHost } from "../word/wordHost";
import { DocChoice } from "./DocChoice";
import { DocumentView } from "./DocumentView";

/**
 * The browser preview: the real task pane beside a rendered simulated document. The simulated host installs the
 * Word/Office globals, so the pane runs the same adapter code it runs inside Word.
 */
const params = new URLSearchParams(location.search);
const api = Number(params.get("wordapi") ?? "5");
const blank = params.get("doc") === "blank";
const sim = createSimHost({ doc: buildDocument(blank ? { blocks: [""] } : sampleDocumentSpec()), wordApiMinor: api, displayLanguage: params.get("lang") ?? "zh-CN" });
sim.install(window as unknown as Record<string, unknown>);
Object.assign(window, { draftkitPreview: sim });

const docRoot = document.getElementById("document");
const paneRoot = document.getElementById("pane");
if (docRoot && paneRoot) {
  const locale = localeFor(params.get("lang") ?? "zh-CN");
  const en = locale === "en-US";
  createRoot(docRoot).render(
    <>
      <DocChoice current={blank ? "blank" : "sample"} en={en} />
      <DocumentView doc={sim.doc} />
    </>,
  );
  const label = en ? `Preview (simulated Word, WordApi 1.${api})` : `预览（模拟 Word，WordApi 1.${api}）`;
  createRoot(paneRoot).render(<App host={createWordHost(label)} theme={webLightTheme} locale={locale} initialView={viewFromQuery(location.search)} />);
}
