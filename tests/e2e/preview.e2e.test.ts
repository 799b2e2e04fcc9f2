import { join } from "node:path";
import type { Page } from "playwright-core";
import { launch, serve, shotsDir } from "./support";

jest.setTimeout(90_000);

let server: Awaited<ReturnType<typeof serve>>;
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  server = await serve();
  browser = await launch();
  page = await browser.context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/preview.html`);
  await page.getByTestId("document").waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (name: string) => page.screenshot({ path: join(shotsDir, `${name}.png`) });

describe("the preview in headless Chromium", () => {
  it("shows the sample document with its advert header, title and numbered headings", async () => {
    const doc = page.getByTestId("document");
    expect(await doc.locator(".dk-header").innerText()).toContain("仅供学习");
    expect(await doc.locator('[data-style="Title"]').innerText()).toContain("在与市人力资源和社会保障局领导班子见面会上的讲话");
    expect(await doc.locator('[data-style="Heading1"]').count()).toBe(4);
    expect(await doc.locator("table").count()).toBe(1);
  });

  it("opens on the fill view and switches through all three tabs", async () => {
    await page.getByTestId("view-fill").waitFor();
    await page.getByTestId("tab-sections").click();
    await page.getByTestId("view-sections").waitFor();
    expect(await page.getByTestId("view-sections").innerText()).toContain("开场");
    await shot("tab-sections");
    await page.getByTestId("tab-audit").click();
    await page.getByTestId("view-audit").waitFor();
    expect(await page.getByTestId("view-audit").innerText()).toContain("打印前检查");
    await shot("tab-audit");
    await page.getByTestId("tab-fill").click();
    await page.getByTestId("view-fill").waitFor();
  });

  it("reads the whole document through the adapter on the simulated host", async () => {
    await page.getByTestId("scan").click();
    await page.getByText(/已读取 \d+ 个段落/).waitFor();
    const status = await page.getByTestId("scan-status").innerText();
    expect(Number(/(\d+)/.exec(status)?.[1])).toBeGreaterThan(40);
    await shot("tab-fill");
  });

  it("switches the pane to English", async () => {
    await page.getByTestId("language").click();
    await page.getByRole("option", { name: "English" }).click();
    await page.getByText("Scan document").waitFor();
    expect(await page.getByTestId("tab-sections").innerText()).toBe("Sections");
    await page.getByTestId("language").click();
    await page.getByRole("option", { name: "中文" }).click();
    await page.getByText("扫描全文").waitFor();
  });

  it("logs no page errors", () => {
    expect(errors).toEqual([]);
  });
});

describe("taskpane.html outside the preview", () => {
  it("tells the user it must run inside Word when office.js is unreachable", async () => {
    const p = await browser.context.newPage();
    await p.route(/appsforoffice/, (r) => r.abort());
    await p.goto(`${server.url}/taskpane.html`);
    await p.getByTestId("not-in-word").waitFor();
    expect(await p.getByTestId("not-in-word").innerText()).toContain("Word");
    await p.close();
  });

  it("shows a clear message instead of a blank pane in the IE11 (Trident) webview", async () => {
    const ie = await launch({ userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko" });
    const p = await ie.context.newPage();
    await p.route(/appsforoffice/, (r) => r.abort());
    await p.goto(`${server.url}/taskpane.html`);
    const text = await p.locator("#legacy-message").innerText();
    expect(text).toContain("无法在此版本的 Office 中运行");
    expect(text).toContain("cannot run in this version of Office");
    await ie.close();
  });
});
