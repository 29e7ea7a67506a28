/** Unit and adapter tests (Node). End-to-end tests in Chromium have their own config: jest.e2e.config.js. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/unit"],
  testMatch: ["**/*.test.ts"],
  transform: {
    // isolatedModules: ts-jest only transpiles; `npm run typecheck` type-checks everything.
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
};
