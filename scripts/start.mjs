// `npm start`: sideloads into Word desktop where Word can exist (Windows, macOS) through office-addin-debugging;
// elsewhere (Linux) serves the browser preview on localhost and prints its URL (see scripts/preview.mjs).
import { spawn } from "node:child_process";

if (process.platform === "win32" || process.platform === "darwin") {
  console.log("Sideloading DraftKit into Word desktop (office-addin-debugging)…");
  const child = spawn("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "word"], { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 1));
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => child.kill(sig));
} else {
  console.log("Word desktop cannot run on this system: starting the browser preview instead.");
  // same process: the preview script's signal handling then applies to `npm start` as well
  await import("./preview.mjs");
}
