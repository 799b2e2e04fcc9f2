import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const attrs = (re: RegExp): string[] => [...manifest.matchAll(re)].map((m) => m[1] as string);

/** Pages and files the production build puts at the dev server's root (see webpack.config.js). */
const served: Record<string, string> = {
  "taskpane.html": "src/taskpane/taskpane.html",
  "help.html": "src/help.html",
};

describe("manifest.xml", () => {
  it("validates offline against the Office add-in schemas with xmllint", () => {
    let out: string;
    try {
      out = execFileSync("node", [join(root, "scripts/validate-manifest.mjs")], { encoding: "utf8" });
    } catch (e) {
      throw new Error(`manifest is invalid:\n${(e as { stdout?: string }).stdout ?? String(e)}`);
    }
    if (out.includes("skipped")) {
      console.warn(`SKIPPED schema validation: ${out.trim()}`);
      return;
    }
    expect(out).toContain("validates");
  });

  it("declares Word, zh-CN with en-US overrides, ReadWriteDocument and WordApi 1.3", () => {
    expect(manifest).toContain('<Host Name="Document" />');
    expect(manifest).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toMatch(/<Set Name="WordApi" MinVersion="1.3" \/>/);
    const strings = manifest.match(/<bt:String id="[^"]+" DefaultValue="[^"]*">\s*<bt:Override Locale="en-US"/g) ?? [];
    expect(strings.length).toBe(attrs(/<bt:String id="([^"]+)"/g).length);
  });

  it("defines every resid it uses, and uses every resource it defines", () => {
    const used = new Set(attrs(/resid="([^"]+)"/g));
    const defined = new Set(attrs(/<bt:(?:Image|Url|String) id="([^"]+)"/g));
    expect([...used].filter((r) => !defined.has(r))).toEqual([]);
    expect([...defined].filter((r) => !used.has(r))).toEqual([]);
    for (const r of used) expect(r.length).toBeLessThanOrEqual(32);
  });

  it("has a DraftKit group on the Home tab: one button opening the pane, three switching its view in the shared runtime", () => {
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(attrs(/<Control xsi:type="Button" id="([^"]+)"/g)).toEqual(["DraftKit.Open", "DraftKit.Sections", "DraftKit.Fill", "DraftKit.Audit"]);
    // one page runs the pane and the buttons' functions (office-js issues 175, 2918, 4737: one TaskpaneId, several URLs)
    expect(attrs(/<FunctionName>(\w+)<\/FunctionName>/g)).toEqual(["showSections", "showFill", "showAudit"]);
    expect(attrs(/<Runtime resid="([^"]+)" lifetime="long" \/>/g)).toEqual(["Taskpane.Url"]);
    expect(attrs(/<FunctionFile resid="([^"]+)"/g)).toEqual(["Taskpane.Url"]);
    expect(attrs(/<SourceLocation resid="([^"]+)"/g)).toEqual(["Taskpane.Url"]);
    // the buttons exist only where they work; the base manifest installs everywhere WordApi 1.3 runs
    expect(manifest).toMatch(/<VersionOverrides[^>]*>[\s\S]*?<Requirements>\s*<bt:Sets[^>]*>\s*<bt:Set Name="SharedRuntime" MinVersion="1.1" \/>/);
    expect(manifest).not.toMatch(/<Requirements>\s*<Sets[^>]*>[\s\S]*SharedRuntime[\s\S]*?<\/Sets>\s*<\/Requirements>\s*<DefaultSettings>/);
  });

  it("points every URL at a file the build serves, icons at PNGs of the declared size", () => {
    const urls = attrs(/(?:DefaultValue|Value)="(https:[^"]+)"/g);
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) {
      const u = new URL(url);
      expect(u.origin).toBe("https://localhost:3000");
      const file = u.pathname.slice(1);
      if (file.startsWith("assets/")) {
        const png = readFileSync(join(root, file));
        expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
        const size = Number(/-(\d+)\.png$/.exec(file)?.[1]);
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      } else {
        expect(served[file]).toBeDefined();
        expect(existsSync(join(root, served[file] as string))).toBe(true);
      }
    }
    for (const m of manifest.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)) {
      const def = new RegExp(`<bt:Image id="${m[2]}" DefaultValue="[^"]*-(\\d+)\\.png"`).exec(manifest);
      expect(def?.[1]).toBe(m[1]);
    }
  });
});
