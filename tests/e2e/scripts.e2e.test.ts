import { execFileSync, spawn } from "node:child_process";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { root } from "./support";

jest.setTimeout(30_000);

/** Runs scripts/preview.mjs with the given environment until it exits (it must, when it refuses to start). */
function runPreview(env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, "scripts/preview.mjs")], { cwd: root, env: { ...process.env, ...env } });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`preview.mjs did not exit: ${out}${err}`));
    }, 20_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

let other: Server | undefined;

afterAll(async () => {
  await new Promise<void>((r) => (other ? other.close(() => r()) : r()));
});

describe("npm start / npm run preview", () => {
  it("refuses a port another program holds, names DRAFTKIT_PORT, and never announces that server as DraftKit", async () => {
    other = createServer((_, res) => res.end("<title>DraftKit 预览</title> someone else's server"));
    await new Promise<void>((r) => other?.listen(0, "localhost", r));
    const port = (other.address() as AddressInfo).port;
    const r = await runPreview({ DRAFTKIT_PORT: String(port) });
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Port ${port}`);
    expect(r.err).toContain("DRAFTKIT_PORT=");
    expect(r.out).not.toContain("DraftKit preview");
  });

  it("passes SIGTERM on to the dev server, so that stopping npm stops the server", async () => {
    const free = createServer();
    await new Promise<void>((r) => free.listen(0, "localhost", r));
    const port = (free.address() as AddressInfo).port;
    await new Promise<void>((r) => free.close(() => r()));
    const child = spawn(process.execPath, [join(root, "scripts/preview.mjs")], { cwd: root, env: { ...process.env, DRAFTKIT_PORT: String(port) }, stdio: "ignore" });
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    let server: number | undefined;
    for (let i = 0; i < 100 && server === undefined; i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      try {
        server = Number(execFileSync("pgrep", ["-P", String(child.pid)], { encoding: "utf8" }).trim().split("\n")[0]);
      } catch {
        // not spawned yet
      }
    }
    try {
      expect(server).toBeGreaterThan(0);
      child.kill("SIGTERM");
      await exited;
      for (let i = 0; i < 50 && server !== undefined && alive(server); i += 1) await new Promise((r) => setTimeout(r, 100));
      expect(server !== undefined && alive(server)).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      if (server !== undefined && alive(server)) process.kill(server, "SIGKILL");
    }
  });

  it("says what is wrong with a port that is not a number", async () => {
    const r = await runPreview({ DRAFTKIT_PORT: "abc" });
    expect(r.code).toBe(2);
    expect(r.err).toContain("DRAFTKIT_PORT");
  });
});
