import { type ExportEnv, choosePath, saveFile } from "./saveFile";

// Blob/anchor downloads do nothing in Word on Mac (https://github.com/OfficeDev/office-js/issues/4681,
// https://github.com/OfficeDev/office-js/issues/2700); the export path is chosen per platform in one module.
function env(platform: string | undefined, clipboard: "ok" | "fails" = "ok") {
  const calls: string[] = [];
  const e: ExportEnv = {
    platform,
    anchorDownload: (bytes, name, mime) => void calls.push(`anchor:${name}:${mime}:${bytes.length}`),
    writeClipboard: async (text) => {
      if (clipboard === "fails") throw new Error("NotAllowedError");
      calls.push(`clipboard:${text}`);
    },
  };
  return { e, calls };
}
const html = new TextEncoder().encode("<h1>审核报告</h1>");

describe("exporting a file, per platform", () => {
  it.each(["PC", "OfficeOnline", undefined])("downloads through a link on %s", async (platform) => {
    const { e, calls } = env(platform);
    expect(await saveFile(html, "审核报告.html", "text/html", e)).toMatchObject({ path: "anchor", ok: true });
    expect(calls).toEqual([`anchor:审核报告.html:text/html:${html.length}`]);
  });

  it.each(["Mac", "iOS"])("copies text files to the clipboard on %s and says where to paste them", async (platform) => {
    const { e, calls } = env(platform);
    const out = await saveFile(html, "审核报告.html", "text/html", e);
    expect(out).toMatchObject({ path: "clipboard", ok: true });
    expect(out.message).toContain("另存为“审核报告.html”");
    expect(calls).toEqual(["clipboard:<h1>审核报告</h1>"]);
  });

  it("never attempts a binary .xlsx on Mac, pointing to CSV instead", async () => {
    const { e, calls } = env("Mac");
    const out = await saveFile(new Uint8Array([0x50, 0x4b]), "指标表.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", e);
    expect(out).toMatchObject({ path: "unavailable", ok: false });
    expect(out.message).toContain("CSV");
    expect(calls).toEqual([]);
  });

  it("reports a refused clipboard instead of claiming success", async () => {
    const { e } = env("Mac", "fails");
    const out = await saveFile(new TextEncoder().encode("{}"), "我的章节.json", "application/json", e);
    expect(out).toMatchObject({ path: "clipboard", ok: false });
    expect(out.message).toContain("NotAllowedError");
  });

  it("chooses by platform and kind of file", () => {
    expect([choosePath("Mac", "text/csv"), choosePath("Mac", "application/json"), choosePath("PC", "application/octet-stream")]).toEqual(["clipboard", "clipboard", "anchor"]);
  });
});
