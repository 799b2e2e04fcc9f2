/**
 * Every file DraftKit hands to the user (audit report, indicator table, section library) leaves the pane through
 * here, by a path chosen per platform:
 * - Word on Windows, on the web, and the preview: a Blob behind an <a download> link, which their webviews honour.
 * - Word on Mac and iPad: that link does nothing, without an error (office-js issues 4681 and 2700: WKWebView add-in
 *   panes do not download, "by design"). Text files (HTML, JSON, CSV) are copied to the clipboard instead, with a
 *   message saying where to paste them; binary files (.xlsx) cannot leave the pane there, and the message says to
 *   export as CSV. Office.context.ui.openBrowserWindow is not used: it opens only http(s) addresses, and the pane's
 *   blob: URLs do not exist in the system browser (office-js issue 3848), while DraftKit sends nothing to a server.
 */
export type ExportPath = "anchor" | "clipboard" | "unavailable";

export interface ExportOutcome {
  path: ExportPath;
  ok: boolean;
  /** zh-CN message for the user: where the file went, or why it could not */
  message: string;
  fileName: string;
  /** why the clipboard refused the text, when it did */
  why?: string;
}

const textual = (mime: string): boolean => mime.startsWith("text/") || mime === "application/json";

/** Platforms whose add-in webview silently ignores downloads (Office.PlatformType values). */
const noDownloads = new Set(["Mac", "iOS"]);

export function choosePath(platform: string | undefined, mime: string): ExportPath {
  if (platform === undefined || !noDownloads.has(platform)) return "anchor";
  return textual(mime) ? "clipboard" : "unavailable";
}

/** What saving needs from the browser; tests pass their own. */
export interface ExportEnv {
  platform: string | undefined;
  anchorDownload(bytes: Uint8Array, fileName: string, mime: string): void;
  writeClipboard(text: string): Promise<void>;
}

export async function saveFile(bytes: Uint8Array, fileName: string, mime: string, env: ExportEnv): Promise<ExportOutcome> {
  const path = choosePath(env.platform, mime);
  if (path === "anchor") {
    env.anchorDownload(bytes, fileName, mime);
    return { path, ok: true, fileName, message: `已下载“${fileName}”。` };
  }
  if (path === "unavailable") {
    return { path, ok: false, fileName, message: `Word for Mac 不能从加载项下载“${fileName}”（Word 的限制）。请改为导出 CSV（会复制到剪贴板），或在 Windows 版或网页版 Word 中导出。` };
  }
  try {
    await env.writeClipboard(new TextDecoder().decode(bytes));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { path, ok: false, fileName, why, message: `Word for Mac 不能从加载项下载文件，复制到剪贴板也失败了（${why}）。请在 Windows 版或网页版 Word 中导出“${fileName}”。` };
  }
  return { path, ok: true, fileName, message: `Word for Mac 不能从加载项下载文件，内容已复制到剪贴板：请粘贴到文本编辑器，另存为“${fileName}”。` };
}
