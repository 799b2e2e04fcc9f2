import type { ExportOutcome } from "../export/saveFile";
import type { Locale } from "../i18n/strings";
import { ExportNotice } from "./ExportNotice";
import { renderedText } from "../testing/renderedText";

async function shown(locale: Locale, outcome: ExportOutcome): Promise<string> {
  return renderedText(locale, <ExportNotice outcome={outcome} />);
}

describe("what became of an exported file", () => {
  it("says nothing after a plain download", async () => {
    expect(await shown("en-US", { path: "anchor", ok: true, fileName: "r.html", message: "已下载“r.html”。" })).toBe("");
  });

  it("says in English, in en-US, that Word for Mac put the file on the clipboard, or could not", async () => {
    expect(await shown("en-US", { path: "clipboard", ok: true, fileName: "r.html", message: "…" })).toContain("copied to the clipboard: paste it into a text editor and save it as “r.html”");
    expect(await shown("en-US", { path: "clipboard", ok: false, fileName: "r.html", why: "NotAllowedError", message: "…" })).toMatch(/copying to the clipboard failed too \(NotAllowedError\).*\(clipboard_failed\)/);
    expect(await shown("en-US", { path: "unavailable", ok: false, fileName: "t.xlsx", message: "…" })).toContain("Export as CSV instead");
  });

  it("shows the zh-CN message in zh-CN", async () => {
    expect(await shown("zh-CN", { path: "unavailable", ok: false, fileName: "t.xlsx", message: "Word for Mac 不能从加载项下载“t.xlsx”" })).toContain("Word for Mac 不能从加载项下载“t.xlsx”");
  });
});
