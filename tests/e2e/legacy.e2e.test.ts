import { launch, serve } from "./support";

jest.setTimeout(120_000);

/**
 * Word on a Mac shows add-ins in the system's WebKit; before Safari 16.4 it cannot parse regular-expression
 * lookbehind, which the bundle's regular expressions use, so the bundle fails to load. Chromium parses it, so the
 * old engine is emulated: an old Mac WKWebView user agent, and a RegExp that rejects lookbehind the way that WebKit
 * does ("invalid group specifier name"). The pane must show the legacy message, not stay blank.
 */
const oldMacWebView = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)";

describe("taskpane.html on an engine that cannot parse the bundle", () => {
  it("shows the zh-CN/English unsupported message instead of a blank pane", async () => {
    const server = await serve();
    const browser = await launch({ userAgent: oldMacWebView });
    try {
      const page = await browser.context.newPage();
      await page.addInitScript(() => {
        const Native = RegExp;
        const Old = function (this: unknown, source: string | RegExp, flags?: string) {
          if (typeof source === "string" && /\(\?<[=!]/.test(source)) throw new SyntaxError("Invalid regular expression: invalid group specifier name");
          return new Native(source, flags);
        } as unknown as RegExpConstructor;
        Object.defineProperty(Old, "prototype", { value: Native.prototype });
        (window as unknown as { RegExp: RegExpConstructor }).RegExp = Old;
      });
      await page.route(/appsforoffice/, (r) => r.abort());
      await page.goto(`${server.url}/taskpane.html`);
      const text = await page.locator("#legacy-message").innerText();
      expect(text).toContain("无法在此版本的 Office 中运行");
      expect(text).toContain("Safari 16.4");
      expect(text).toContain("cannot run in this version of Office");
      expect(await page.evaluate(() => (window as { draftkitLegacy?: boolean }).draftkitLegacy)).toBe(true);
      expect(await page.getByTestId("not-in-word").count()).toBe(0);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it("runs the pane where the engine parses it (current Chromium): no legacy message", async () => {
    const server = await serve();
    const browser = await launch();
    try {
      const page = await browser.context.newPage();
      await page.route(/appsforoffice/, (r) => r.abort());
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByTestId("not-in-word").waitFor();
      expect(await page.locator("#legacy-message").count()).toBe(0);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
