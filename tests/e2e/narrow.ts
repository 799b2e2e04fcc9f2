import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** Sets the preview's pane to `width` px (Word's pane is 300–500 px wide). */
export async function setPaneWidth(page: Page, width: number): Promise<void> {
  await page.evaluate((w) => {
    let style = document.getElementById("pane-width");
    if (!style) {
      style = document.createElement("style");
      style.id = "pane-width";
      document.head.appendChild(style);
    }
    style.textContent = `.dk-pane-area { width: ${w}px !important; flex: 0 0 ${w}px; }`;
  }, width);
}

/**
 * What is wrong with the pane's layout: sideways scrolling, elements sticking out of it, text clipped by its box
 * (scrollWidth beyond clientWidth where overflow is not visible), badges wrapping onto two lines, and input
 * placeholders wider than their input.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.getElementById("pane") as HTMLElement;
    const out: string[] = [];
    const desc = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute("data-testid") ? `[${el.getAttribute("data-testid")}]` : ""}.${String(el.className).split(" ")[0]} “${(el.textContent ?? "").trim().slice(0, 20)}”`;
    if (pane.scrollWidth > pane.clientWidth) out.push(`the pane scrolls sideways: ${pane.scrollWidth} > ${pane.clientWidth}`);
    const right = pane.getBoundingClientRect().right;
    const canvas = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
    for (const el of pane.querySelectorAll<HTMLElement>("*")) {
      if (el.closest("[hidden]") || el.offsetParent === null) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > right + 1) out.push(`sticks out by ${Math.round(r.right - right)} px: ${desc(el)}`);
      const cs = getComputedStyle(el);
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "");
      if (ownText && cs.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1) out.push(`clips text: ${desc(el)} (${el.scrollWidth} > ${el.clientWidth})`);
      if (el.matches(".fui-Badge, .fui-CounterBadge")) {
        const range = document.createRange();
        range.selectNodeContents(el);
        const lines = new Set([...range.getClientRects()].map((x) => Math.round(x.top)));
        if (lines.size > 1) out.push(`badge wraps: ${desc(el)}`);
      }
      if (el instanceof HTMLInputElement && el.placeholder && el.value === "") {
        canvas.font = `${cs.fontSize} ${cs.fontFamily}`;
        const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        if (canvas.measureText(el.placeholder).width > room + 1) out.push(`placeholder clipped: “${el.placeholder}” in ${Math.round(room)} px`);
      }
    }
    return [...new Set(out)];
  });
}

/** axe-core over the pane: the serious and critical violations, with where they are. */
export async function axeProblems(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page: page as never }).include("#pane").analyze();
  return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary ?? ""}`));
}

/**
 * Chinese in the pane that does not come from the document or the table in use (`tableTexts`): Han text in text
 * nodes, attributes (placeholder, aria-label, title) and input values that is neither marked as content
 * (lang="zh-…") nor found in the document or the table, and full-width punctuation in English wording
 * (“Fill selected（25）”). In en-US every string of the pane's own must come from the catalogs.
 */
export function chineseOutsideContent(page: Page, tableTexts: readonly string[]): Promise<string[]> {
  return page.evaluate((table) => {
    const sim = (window as unknown as { draftkitPreview: { doc: { allContainers(): { paragraphs(): { text: string }[] }[] } } }).draftkitPreview;
    const docText = sim.doc
      .allContainers()
      .flatMap((c) => c.paragraphs().map((p) => p.text))
      .join("\n")
      .concat("\n", table.join("\n"));
    const pane = document.getElementById("pane") as HTMLElement;
    // content marked Chinese inside the pane (document text, table values); the page itself is lang="zh-CN"
    const marked = (el: Element) => {
      const z = el.closest("[lang]");
      return z !== null && z !== document.documentElement && (z.getAttribute("lang") ?? "").startsWith("zh");
    };
    const hidden = (el: Element) => el.closest("[hidden]") !== null || el.closest("style, script") !== null;
    const out: string[] = [];
    const han = (v: string, where: string) => {
      for (const m of v.matchAll(/\p{Script=Han}+/gu)) if (!docText.includes(m[0])) out.push(`${m[0]} in ${where}`);
    };
    // menus and popovers open in portals at the end of the body
    const roots = [pane, ...document.querySelectorAll<HTMLElement>("[data-portal-node]")];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent || marked(parent) || hidden(parent)) continue;
        const text = n.textContent ?? "";
        han(text, `“${text.trim().slice(0, 40)}”`);
        // React splits “{label}（{n}）” into text nodes, so the punctuation is judged with its element's words: next
        // to a Latin letter it is the pane's (table and document text keep theirs beside Chinese)
        // (its own text nodes only: a nested span of document text is judged on its own); a lone X is a placeholder
        const whole = [...parent.childNodes].map((c) => (c.nodeType === Node.TEXT_NODE ? (c.textContent ?? "") : " ")).join("").trim();
        const touching = /[A-Za-z]{2}[\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f]|[\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f][A-Za-z]{2}/;
        if (touching.test(whole) && !docText.includes(whole)) out.push(`full-width punctuation in “${whole.slice(0, 40)}”`);
      }
      for (const el of root.querySelectorAll<HTMLElement>("*")) {
        if (marked(el) || hidden(el)) continue;
        for (const attr of ["placeholder", "aria-label", "title"]) {
          const v = el.getAttribute(attr);
          if (v) han(v, `${attr}=“${v.slice(0, 40)}”`);
        }
        if ((el instanceof HTMLInputElement && el.type !== "file") || el instanceof HTMLTextAreaElement)
          han(el.value, `the value of ${el.getAttribute("data-testid") ?? el.tagName.toLowerCase()}: “${el.value.slice(0, 40)}”`);
      }
    }
    return [...new Set(out)];
  }, tableTexts);
}
