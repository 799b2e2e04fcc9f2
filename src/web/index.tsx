import { sampleDocumentSpec } from "../samples/sampleDocument";
import { buildDocument } from "../simword/build";
import { createSimHost } from "../simword/host";
import type { SimDocument } from "../simword/model/document";
import { viewFromQuery } from "../taskpane/App";
import { localeFor } from "../taskpane/i18n/strings";
import { mountDraftKit } from "./mount";

/**
 * DraftKit 网页版: the task pane beside a simulated Word for people without the Word add-in (WPS users, machines
 * where add-ins are not allowed). The user opens a .docx, scans, fills and audits it, and downloads the result.
 * Everything runs in the page; it works offline from any static server (all files are relative, no CDN).
 */
const params = new URLSearchParams(location.search);
const lang = params.get("lang") ?? "zh-CN";
const locale = localeFor(lang);
const en = locale === "en-US";
const makeHost = (doc: SimDocument) => createSimHost({ doc, wordApiMinor: 5, displayLanguage: lang });
const sim = makeHost(buildDocument(params.get("doc") === "sample" ? sampleDocumentSpec() : { blocks: [""] }));

const docRoot = document.getElementById("document");
const paneRoot = document.getElementById("pane");
if (docRoot && paneRoot) {
  const intro = (
    <p className="dk-web-intro" data-testid="web-intro">
      {en
        ? "DraftKit on the web: open a .docx, then scan, fill and audit it in the pane on the right, and download the result. Your file never leaves this page."
        : "DraftKit 网页版：打开 .docx 文稿，在右侧窗格中扫描填充、审核，然后下载结果。文件只在本页面内处理，不会上传。"}{" "}
      <a href={en ? "?doc=sample&lang=en-US" : "?doc=sample"}>{en ? "Try the sample speech" : "试用示例讲话稿"}</a>
    </p>
  );
  mountDraftKit({ docRoot, paneRoot, sim, makeHost, locale, label: en ? "DraftKit on the web" : "DraftKit 网页版", initialView: viewFromQuery(location.search), before: intro });
}
