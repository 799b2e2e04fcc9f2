import { sampleDocumentSpec } from "../samples/sampleDocument";
import { buildDocument } from "../simword/build";
import { createSimHost } from "../simword/host";
import type { SimDocument } from "../simword/model/document";
import { viewFromQuery } from "../taskpane/App";
import { localeFor } from "../taskpane/i18n/strings";
import { mountDraftKit } from "../web/mount";
import { DocChoice } from "./DocChoice";

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
  const label = en ? `Preview (simulated Word, WordApi 1.${api})` : `预览（模拟 Word，WordApi 1.${api}）`;
  // 打开 .docx… / 下载 .docx (DocxBar): a user's file replaces the sample in a new simulated Word, the pane remounts
  const makeHost = (doc: SimDocument) => createSimHost({ doc, wordApiMinor: api, displayLanguage: params.get("lang") ?? "zh-CN" });
  mountDraftKit({ docRoot, paneRoot, sim, makeHost, locale, label, initialView: viewFromQuery(location.search), before: <DocChoice current={blank ? "blank" : "sample"} en={en} /> });
}
