import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

const officeGlobals = ["Word", "Office", "OfficeExtension"].map((name) => ({
  name,
  message: "Only the Word adapter (src/word/) touches Office globals; use the DocumentHost from React context.",
}));

export default tseslint.config(
  { ignores: ["dist/", ".e2e-build/", ".bench/", "node_modules/", "coverage/", "bin/", "build/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
  {
    // The pure core: no Office, React, DOM or Node.
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-*", "@fluentui/*"], message: "src/core is UI-free." },
            { group: ["node:*", "fs", "path", "os", "child_process"], message: "src/core runs in the browser too: no Node APIs." },
            { group: ["**/word/**", "**/simword/**", "**/taskpane/**", "**/cli/**", "**/preview/**"], message: "src/core depends on nothing above it." },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...officeGlobals, "window", "document", "navigator", "process", "Buffer", "require"],
    },
  },
  {
    // The Word adapter: the only code allowed to use Word/Office, checked with the Office add-in rules.
    files: ["src/word/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "no-restricted-globals": "off",
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // Entry points that must check for office.js itself (inside Word, outside it, the ribbon's function file).
    files: ["src/taskpane/index.tsx", "src/commands/commands.ts"],
    rules: { "no-restricted-globals": "off" },
  },
  {
    // The simulated host implements Word: it may not import the adapter or the UI.
    files: ["src/simword/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/word/**", "**/taskpane/**", "react"], message: "simword stands alone." }] }],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/preview/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["node:*"], message: "The pane runs in a browser." }] }],
    },
  },
  {
    // The .docx library: shared by the CLI, the preview and the simulated host; XML parsing is injected, Node I/O stays in src/cli.
    files: ["src/wordml/**/*.ts"],
    ignores: ["src/wordml/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-*", "@fluentui/*"], message: "src/wordml is UI-free." },
            { group: ["node:*", "fs", "path", "os", "child_process"], message: "src/wordml runs in the browser too: file I/O belongs in src/cli." },
            { group: ["**/word/**", "**/simword/**", "**/taskpane/**", "**/cli/**", "**/preview/**"], message: "src/wordml depends on src/core only." },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...officeGlobals, "process", "Buffer", "require"],
    },
  },
  {
    files: ["**/*.cjs", "webpack.config.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
