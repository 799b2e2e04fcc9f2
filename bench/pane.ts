import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const root = join(__dirname, "..");

/**
 * Builds the production bundle and reports the task pane's initial JavaScript: its entry chunk (the scripts of
 * taskpane.html), raw and gzip, and — since each view is a chunk loaded when its tab opens — the entry together
 * with each view's chunks (`withView`), what Word downloads before that view is usable.
 */
export function paneSize(outDir: string) {
  const dir = join(root, outDir);
  const stats = join(dir, "..", `${outDir.replace(/[^\w]/g, "_")}-stats.json`);
  execFileSync(process.execPath, [join(root, "node_modules/webpack/bin/webpack.js"), "--mode", "production", "--env", `outDir=${outDir}`, `--json=${stats}`], { cwd: root, stdio: "ignore" });
  const html = readFileSync(join(dir, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/src="?([^"\s>]+\.js)/g)].map((m) => m[1] as string).filter((s) => !s.startsWith("http"));
  const gz = (f: string) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
  const gzipBytes = scripts.reduce((n, f) => n + gz(f), 0);
  const groups = (JSON.parse(readFileSync(stats, "utf8")) as { namedChunkGroups: Record<string, { assets: { name: string }[] }> }).namedChunkGroups;
  rmSync(stats, { force: true });
  const withView = Object.fromEntries(
    Object.entries(groups)
      .filter(([name]) => name.startsWith("view-"))
      .map(([name, g]) => [name.slice(5), gzipBytes + g.assets.map((a) => a.name).filter((f) => f.endsWith(".js") && !scripts.includes(f)).reduce((n, f) => n + gz(f), 0)]),
  );
  return {
    files: scripts,
    rawBytes: scripts.reduce((n, f) => n + readFileSync(join(dir, f)).length, 0),
    gzipBytes,
    /** gzip bytes of the entry plus each view's chunks */
    withView,
    lazyChunks: readdirSync(dir).filter((f) => f.endsWith(".js") && !scripts.includes(f)).length,
  };
}

/** Time to interactive of the preview in headless Chromium: from navigation to the pane's scan button enabled. */
export async function previewTti(outDir: string, runs = 3): Promise<{ medianMs: number; runsMs: number[] } | { skipped: string }> {
  const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromiumPath)) return { skipped: `no Chromium at ${chromiumPath}` };
  const dir = join(root, outDir);
  const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".png": "image/png" };
  const server = createServer((req, res) => {
    const file = join(dir, new URL(req.url ?? "/", "http://x").pathname);
    if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/preview.html`;
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const profile = mkdtempSync(join(tmpdir(), "draftkit-bench-"));
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const page = await ctx.newPage();
    await page.goto(url);
    await page.getByTestId("scan").waitFor();
    runsMs.push(await page.evaluate(() => Math.round(performance.now())));
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  }
  server.close();
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, runsMs };
}
