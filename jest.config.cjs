const transform = { "^.+\\.(ts|tsx|mjs)$": "<rootDir>/jest.transform.cjs" };

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/tests/unit/**/*.test.ts", "<rootDir>/tests/fuzz/**/*.test.ts"],
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      transform,
      setupFiles: ["<rootDir>/tests/jsdom-setup.cjs"],
      testMatch: ["<rootDir>/src/**/*.test.tsx"],
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/tests/e2e/**/*.e2e.test.ts"],
      globalSetup: "<rootDir>/tests/e2e/global-setup.cjs",
    },
  ],
};
