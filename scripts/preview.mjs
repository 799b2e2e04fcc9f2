// Serves the preview (task pane beside a simulated Word document) on localhost only and prints its URL.
// The port is DRAFTKIT_PORT, else the package's config.dev_server_port (3000). A port already in use is reported
// with the variable to change, never taken for DraftKit. SIGINT/SIGTERM/SIGHUP are passed on to the server.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const HOST = "localhost";
const port = Number(process.env.DRAFTKIT_PORT ?? process.env.npm_package_config_dev_server_port ?? 3000);

if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`DRAFTKIT_PORT must be a port number (1–65535), not "${process.env.DRAFTKIT_PORT}".`);
  process.exit(2);
}

/** Whether something already listens on the port on the loopback interface. */
const busy = (p) =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", (e) => resolve(e.code === "EADDRINUSE" || e.code === "EACCES" ? e.code : false));
    probe.once("listening", () => probe.close(() => resolve(false)));
    probe.listen(p, HOST);
  });

const taken = await busy(port);
if (taken) {
  console.error(
    `Port ${port} on ${HOST} is ${taken === "EACCES" ? "not permitted" : "already in use by another program"}.\n` +
      `Choose another port with the DRAFTKIT_PORT variable, e.g.:  DRAFTKIT_PORT=3001 npm start`,
  );
  process.exit(1);
}

const url = `http://${HOST}:${port}/preview.html`;
const server = spawn(
  process.execPath,
  [require.resolve("webpack/bin/webpack.js"), "serve", "--mode", "development", "--host", HOST, "--port", String(port)],
  { stdio: ["ignore", "ignore", "inherit"] },
);
let stopping = false;
server.on("exit", (code, signal) => {
  if (!stopping && code !== 0) console.error(`The preview server stopped (${signal ?? `exit code ${code}`}).`);
  process.exit(code ?? (signal ? 0 : 1));
});
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(sig, () => {
    stopping = true;
    server.kill(sig);
  });
}

const started = Date.now();
for (;;) {
  if (server.exitCode !== null) break;
  try {
    const res = await fetch(url);
    // only our own page counts: its title names DraftKit
    if (res.ok && (await res.text()).includes("DraftKit")) break;
  } catch {
    // not listening yet
  }
  if (Date.now() - started > 180_000) {
    console.error("The preview server did not start within 3 minutes.");
    stopping = true;
    server.kill("SIGTERM");
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 500));
}
if (server.exitCode === null) console.log(`\nDraftKit preview (simulated Word, no Office needed): ${url}\nStop with Ctrl+C.\n`);
