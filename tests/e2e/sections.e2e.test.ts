import { join } from "node:path";
import type { Page } from "playwright-core";
import { openPreview, shotsDir } from "./support";

jest.setTimeout(90_000);

let session: Awaited<ReturnType<typeof openPreview>>;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  session = await openPreview("/preview.html?view=sections", "view-sections");
  ({ page, errors } = session);
});

afterAll(async () => {
  await session?.close();
});

/** Puts the simulated cursor at the end of the paragraph starting with `prefix`. */
const cursorAfter = (prefix: string) =>
  page.evaluate((p) => {
    const sim = (window as unknown as { draftkitPreview: { doc: { body: { paragraphs(): { text: string; anchor(o: number, s: string): unknown }[] }; selection: unknown } } }).draftkitPreview;
    const para = sim.doc.body.paragraphs().find((x) => x.text.startsWith(p));
    if (!para) throw new Error(`no paragraph ${p}`);
    sim.doc.selection = { start: para.anchor(para.text.length, "start"), end: para.anchor(para.text.length, "end") };
  }, prefix);

const headings = () =>
  page.evaluate(() => [...document.querySelectorAll('[data-style="Heading1"]')].map((e) => (e.textContent ?? "").slice(0, 8)));

describe("the section gallery in the preview", () => {
  it("finds 就业创业 by its pinyin initials and previews it", async () => {
    await page.getByTestId("sec-search").fill("jycy");
    await page.locator('[data-testid="section-item"][data-id="task-employment"]').click();
    expect(await page.getByTestId("section-preview").innerText()).toContain("稳定和扩大就业创业");
  });

  it("inserts a level-1 section after 一、 as 二、 and renumbers the rest", async () => {
    await page.getByTestId("sec-search").fill("新形势");
    await page.locator('[data-testid="section-item"][data-id="situation-new"]').click();
    await cursorAfter("过去的一年");
    await page.getByTestId("section-insert").click();
    await page.getByTestId("section-inserted").waitFor();
    expect(await headings()).toEqual(["一、在肯定工作中", "二、认清新形势，", "三、在直面压力中", "四、在干事创业中", "五、在崇廉尚实中"]);
    expect(await page.getByTestId("document").innerText()).toContain("一是履行新使命");
    await page.getByText("二、认清新形势").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shotsDir, "section-inserted.png") });
  });

  it("builds an outline and inserts a whole skeleton at once", async () => {
    for (const id of ["opening-conference", "review-results", "conduct", "closing-conference"]) {
      await page.getByTestId("sec-search").fill("");
      await page.locator(`[data-testid="section-item"][data-id="${id}"]`).click();
      await page.getByTestId("section-add").click();
    }
    expect(await page.getByTestId("outline-item").count()).toBe(4);
    await cursorAfter("同志们，我刚接手");
    await page.getByTestId("outline-insert").click();
    await page.waitForFunction(() => document.body.innerText.includes("同心同德、锐意进取"));
    expect(await page.getByTestId("document").innerText()).toContain("我讲两点意见");
  });

  it("saves the selection as my own section, edits it, and keeps it after a reload", async () => {
    await page.evaluate(() => {
      const sim = (window as unknown as { draftkitPreview: { doc: { body: { paragraphs(): { text: string; anchor(o: number, s: string): unknown }[] }; selection: unknown } } }).draftkitPreview;
      const ps = sim.doc.body.paragraphs();
      const i = ps.findIndex((p) => p.text.startsWith("五、在崇廉尚实"));
      const last = ps[i + 1]!;
      sim.doc.selection = { start: ps[i]!.anchor(0, "start"), end: last.anchor(last.text.length, "end") };
    });
    await page.getByTestId("new-section-title").fill("崇廉尚实");
    await page.getByTestId("save-selection").click();
    await page.getByText("已保存“崇廉尚实”").waitFor();
    await page.getByTestId("sec-search").fill("崇廉尚实");
    const mine = page.locator('[data-testid="section-item"][data-id^="user-"]');
    await mine.click();
    expect(await page.getByTestId("section-preview").innerText()).toContain("一、在崇廉尚实中坚持拒腐防变");
    await page.getByTestId("section-edit").click();
    await page.getByTestId("section-editor").getByRole("textbox").first().fill("崇廉尚实（修改）");
    await page.getByTestId("section-save").click();
    await page.reload();
    await page.getByTestId("sec-search").fill("修改");
    expect(await page.locator('[data-testid="section-item"][data-id^="user-"]').innerText()).toContain("崇廉尚实（修改）");
  });

  it("logs no page errors", () => {
    expect(errors).toEqual([]);
  });
});
