import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * The WebKit of older macOS (Safari before 16.4), which Word on such a Mac uses for the pane, cannot parse a regular
 * expression with a lookbehind: one such literal anywhere in the bundle stops the whole script, and the pane stays
 * blank instead of showing taskpane.html's "unsupported" message. This reads the source of every folder bundled into
 * the task pane and into probe.html (both load in Word), without building anything, and names each lookbehind found.
 * A lookbehind written in a string for `new RegExp` fails only when it runs, but it fails there all the same, so
 * strings are not exempt. Tests (*.test.ts) are not bundled and are skipped.
 */
const root = join(__dirname, "..", "..");
const bundled = ["src/core", "src/word", "src/taskpane", "src/platform", "src/probe", "src/simword"];
const lookbehind = /\(\?<[=!]/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function lookbehinds(folder: string): string[] {
  return sources(join(root, folder)).flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, i) => (lookbehind.test(line) ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe("code that Word loads has no regex lookbehind (old WebKit cannot parse it)", () => {
  it("recognises a lookbehind written as a literal or in a string", () => {
    expect(lookbehind.test(String.raw`/(?<=年)X/`)).toBe(true);
    expect(lookbehind.test(String.raw`"(?<![\\p{L}])"`)).toBe(true);
    expect(lookbehind.test(String.raw`/(?<name>X)/`)).toBe(false);
  });

  it.each(bundled)("%s has none", (folder) => {
    expect(lookbehinds(folder)).toEqual([]);
  });
});
