import { type ExportEnv, type ExportOutcome, saveFile } from "../../export/saveFile";

function anchorDownload(bytes: Uint8Array, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The pane's environment: Office's platform when inside Office, none in the preview or a plain browser. */
export function browserEnv(): ExportEnv {
  const office = (globalThis as { Office?: { context?: { platform?: unknown } } }).Office;
  const platform = office?.context?.platform;
  return {
    platform: typeof platform === "string" ? platform : undefined,
    anchorDownload,
    writeClipboard: (text) => navigator.clipboard.writeText(text),
  };
}

/**
 * Offers bytes as a file from the pane by the path its platform supports (see export/saveFile): a download where
 * the webview honours one, the clipboard on Word for Mac. The outcome's message says what happened; show it.
 */
export function download(bytes: Uint8Array, fileName: string, mime: string): Promise<ExportOutcome> {
  return saveFile(bytes, fileName, mime, browserEnv());
}
