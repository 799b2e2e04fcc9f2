// `npm start`: sideloads into Word desktop where Word can exist (Windows, macOS) through office-addin-debugging;
// elsewhere (Linux) serves the browser preview and prints its URL.
import { spawn } from "node:child_process";

const run = (cmd, args) => {
  const child = spawn(cmd, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 1));
};

if (process.platform === "win32" || process.platform === "darwin") {
  console.log("Sideloading DraftKit into Word desktop (office-addin-debugging)…");
  run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "word"]);
} else {
  console.log("Word desktop cannot run on this system: starting the browser preview instead.");
  run(process.execPath, ["scripts/preview.mjs"]);
}
