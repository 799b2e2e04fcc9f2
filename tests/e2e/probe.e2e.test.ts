import { launch, serve } from "./support";

jest.setTimeout(120_000);

// The Word probe (probe.html) run against the simulated host in the built bundle: every check runs and answers as
// the committed simulated recording says (✓), so a real-Word run shows only genuine differences (≠).
describe("probe.html against the simulated host", () => {
  it("runs every check with every answer as the simulation's recording", async () => {
    const server = await serve();
    const browser = await launch();
    try {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.route(/appsforoffice/, (r) => r.abort());
      await page.goto(`${server.url}/probe.html?sim`);
      await page.locator("body[data-ready=true]").waitFor();
      await page.locator("#run").click();
      await page.locator("#checks li").first().waitFor();
      const ids = await page.locator("#checks li").evaluateAll((els) => els.map((e) => `${(e as HTMLElement).dataset["check"] ?? ""}:${e.className}`));
      expect(ids.length).toBeGreaterThanOrEqual(10);
      expect(ids.filter((i) => !i.endsWith(":same"))).toEqual([]);
      expect(await page.locator("#status").innerText()).toContain("0 项与模拟不同");
      const json = JSON.parse(await page.locator("#result").innerText()) as { simulated: boolean; records: unknown[] };
      expect(json.simulated).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
