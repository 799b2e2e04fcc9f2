// Serves the preview (task pane beside a simulated Word document) on localhost and prints its URL.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const port = Number(process.env.npm_package_config_dev_server_port ?? 3000);
const url = `http://localhost:${port}/preview.html`;
const server = spawn(process.execPath, [require.resolve("webpack/bin/webpack.js"), "serve", "--mode", "development"], {
  stdio: ["ignore", "ignore", "inherit"],
});
server.on("exit", (code) => process.exit(code ?? 1));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));

const started = Date.now();
for (;;) {
  try {
    const res = await fetch(url);
    if (res.ok) break;
  } catch {
    // not listening yet
  }
  if (Date.now() - started > 180_000) {
    console.error("The preview server did not start within 3 minutes.");
    server.kill();
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 500));
}
console.log(`\nDraftKit preview (simulated Word, no Office needed): ${url}\nStop with Ctrl+C.\n`);
