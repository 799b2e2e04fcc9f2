import type { Page } from "playwright-core";
import { openPreview } from "./support";

jest.setTimeout(120_000);

let session: Awaited<ReturnType<typeof openPreview>> | undefined;
let page: Page;

beforeAll(async () => {
  session = await openPreview("/preview.html", "view-fill");
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

type Sim = { draftkitPreview: { doc: { selection?: { start: { para: { text: string }; offset: number }; end: { para: { text: string }; offset: number } } } } };
const selection = () =>
  page.evaluate(() => {
    const s = (window as unknown as Sim).draftkitPreview.doc.selection;
    return s ? { para: s.start.para.text.slice(0, 8), start: s.start.offset, end: s.end.offset, text: s.start.para === s.end.para ? s.start.para.text.slice(s.start.offset, s.end.offset) : "" } : undefined;
  });

describe("a day's work in the preview", () => {
  it("keeps the scan, an unticked proposal and the section search across tab switches", async () => {
    await page.getByTestId("scan").click();
    await page.getByTestId("placeholder").first().waitFor();
    const row = page.getByTestId("placeholder-row").filter({ hasText: "去年全市城镇新增就业" });
    await row.getByTestId("proposal-check").click();
    const count = await page.getByTestId("fill-apply").innerText();
    await page.getByTestId("tab-sections").click();
    await page.getByTestId("sec-search").fill("jycy");
    await page.getByTestId("tab-audit").click();
    await page.getByTestId("tab-fill").click();
    expect(await page.getByTestId("placeholder").count()).toBe(26);
    expect(await row.getByTestId("proposal-check").isChecked()).toBe(false);
    expect(await page.getByTestId("fill-apply").innerText()).toBe(count);
    await page.getByTestId("tab-sections").click();
    expect(await page.getByTestId("sec-search").inputValue()).toBe("jycy");
  });

  it("restores them for the same document after the pane reloads", async () => {
    await page.reload();
    await page.getByTestId("view-fill").waitFor();
    await page.getByTestId("placeholder").first().waitFor();
    expect(await page.getByTestId("scan-status").innerText()).toMatch(/共 26 处占位符/);
    const row = page.getByTestId("placeholder-row").filter({ hasText: "去年全市城镇新增就业" });
    expect(await row.getByTestId("proposal-check").isChecked()).toBe(false);
    await page.getByTestId("tab-sections").click();
    expect(await page.getByTestId("sec-search").inputValue()).toBe("jycy");
  });

  it("starts clean on another document (the blank one)", async () => {
    await page.getByTestId("open-blank").click();
    await page.getByTestId("view-fill").waitFor();
    expect(await page.getByTestId("placeholder").count()).toBe(0);
    expect(await page.getByTestId("scan-status").innerText()).toContain("尚未扫描");
    await page.getByTestId("open-sample").click();
    await page.getByTestId("view-fill").waitFor();
    await page.getByTestId("placeholder").first().waitFor();
  });

  it("places the cursor where the document is clicked, selects by dragging, and inserts after the clicked paragraph", async () => {
    const para = page.locator("[data-paragraph]").filter({ hasText: "过去的一年" }).first();
    await para.scrollIntoViewIfNeeded();
    const box = await para.boundingBox();
    if (!box) throw new Error("paragraph not shown");
    // past the first-line indent, on the first line
    await page.mouse.click(box.x + 60, box.y + 10);
    await page.getByTestId("caret").waitFor();
    const caret = await selection();
    expect(caret?.para).toMatch(/^过去的一年/);
    expect(caret?.start).toBe(caret?.end);
    expect(caret?.start).toBeGreaterThan(0);
    expect(await page.locator(".dk-insert-after").innerText()).toContain("过去的一年");
    await page.mouse.move(box.x + 60, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 300, box.y + 10, { steps: 5 });
    await page.mouse.up();
    const dragged = await selection();
    expect((dragged?.text ?? "").length).toBeGreaterThan(3);
    expect(await page.locator(".dk-selected").first().innerText()).toBe(dragged?.text);
    await page.mouse.click(box.x + 60, box.y + 10);
    await page.getByTestId("tab-sections").click();
    await page.getByTestId("sec-search").fill("新形势");
    await page.locator('[data-testid="section-item"][data-id="situation-new"]').click();
    await page.getByTestId("section-insert").click();
    await page.getByTestId("section-inserted").waitFor();
    const order = await page.evaluate(() => [...document.querySelectorAll("[data-paragraph]")].map((p) => (p.textContent ?? "").slice(0, 6)));
    const at = order.findIndex((t) => t.startsWith("过去的一年"));
    expect(order.slice(at + 1).find((t) => t.trim() !== "")).toMatch(/^[一二三四五六]、认清新/);
  });

  it("flags values filled from the sample table in the audit (示例数据未替换)", async () => {
    await page.getByTestId("tab-fill").click();
    await page.getByTestId("scan").click();
    await page.getByTestId("placeholder").first().waitFor();
    await page.getByTestId("fill-apply").click();
    await page.getByTestId("fill-report").waitFor();
    await page.getByTestId("tab-audit").click();
    await page.getByTestId("audit-run").click();
    await page.getByTestId("rule-sample-data").waitFor();
    const n = await page.getByTestId("rule-sample-data").getByTestId("finding").count();
    expect(n).toBeGreaterThan(10);
    expect(await page.getByTestId("rule-sample-data").innerText()).toContain("示例数据未替换");
  });

  it("edits the table in the narrow editor: alias chips, a field message, undo", async () => {
    await page.getByTestId("tab-fill").click();
    await page.getByTestId("table-edit").click();
    await page.getByTestId("table-search").fill("城镇新增就业");
    await page.getByTestId("table-row").first().focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("row-form").waitFor();
    await page.getByTestId("row-alias-input").fill("新增就业人数；城镇就业");
    await page.getByTestId("row-alias-input").press("Enter");
    expect(await page.getByTestId("row-aliases").innerText()).toContain("城镇就业");
    await page.getByTestId("row-name").fill("");
    expect(await page.getByTestId("row-form").innerText()).toContain("指标名称不能为空");
    expect(await page.getByTestId("row-save").isDisabled()).toBe(true);
    await page.getByTestId("row-name").fill("城镇新增就业人数");
    await page.getByTestId("row-save").click();
    await page.getByTestId("table-row").filter({ hasText: "城镇新增就业人数" }).first().waitFor();
    expect(await page.getByTestId("sample-badge").count()).toBe(0);
    await page.getByTestId("table-undo").click();
    await page.getByTestId("sample-badge").waitFor();
  });

  it("switches tabs from the keyboard (one tab stop, arrow keys) with a visible focus ring", async () => {
    await page.getByTestId("tab-fill").click();
    await page.getByTestId("tab-fill").focus();
    await page.keyboard.press("ArrowLeft");
    await page.getByTestId("view-sections").waitFor();
    expect(await page.getByTestId("tab-sections").getAttribute("aria-selected")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("tab-sections");
    await page.keyboard.press("End");
    await page.getByTestId("view-audit").waitFor();
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(ring).not.toBe("none");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("[data-view]")?.getAttribute("data-view"))).toBe("audit");
  });

  it("logs no page errors", () => {
    expect(session?.errors).toEqual([]);
  });
});
