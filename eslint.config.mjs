// ESLint: TypeScript, React hooks, the Office add-in rules (load before read, sync after load, no sync in a
// loop, isNullObject), and the architecture: src/core stays pure, only src/word touches Office.js.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import architecture from "./eslint/architecture.mjs";

const officeAddinRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "error",
  "office-addins/no-office-initialize": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

const OFFICE_GLOBALS = ["Office", "Word", "OfficeExtension"].map((name) => ({
  name,
  message: "Only src/word talks to Office.js: call src/word instead.",
}));

/** src/core imports nothing but itself: no UI, no Office, no I/O, no network, no DOM. */
function coreStaysPure(files, leavesCore) {
  return [
    {
      files: [files],
      rules: {
        "no-restricted-imports": [
          "error",
          {
            patterns: [
              {
                group: [
                  "react",
                  "react-dom",
                  "react-dom/*",
                  "@fluentui/*",
                  "@microsoft/office-js",
                  "office-*",
                ],
                message: "src/core is pure TypeScript: no UI or Office imports.",
              },
              { group: ["node:*", "fs", "http", "https", "path"], message: "src/core does no I/O." },
              { group: [leavesCore], message: "src/core must not depend on code outside src/core." },
            ],
          },
        ],
        "no-restricted-globals": [
          "error",
          ...OFFICE_GLOBALS,
          ...[
            "window",
            "document",
            "navigator",
            "localStorage",
            "indexedDB",
            "fetch",
            "XMLHttpRequest",
            "DOMParser",
          ].map((name) => ({ name, message: "src/core is pure: no DOM or network." })),
        ],
      },
    },
  ];
}

export default tseslint.config(
  { ignores: ["dist/", "build/", "node_modules/", "test-results/", "coverage/", "bench/results*"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...officeAddinRules,
      // TypeScript checks names itself; no-undef does not know Office's globals or type-only names.
      "no-undef": "off",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { architecture },
    rules: { "architecture/no-import-cycles": "error" },
  },
  { files: ["src/core/**/*.ts"], rules: { "architecture/core-layers": "error" } },
  // Small files: one that grows past this is split by what its parts do.
  { files: ["src/**/*.{ts,tsx}"], rules: { "max-lines": ["error", { max: 400 }] } },
  {
    files: ["src/word/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+core(/(?!document(/|$)).*)?$",
              message: "src/word uses only the document layer of the core (src/core/document).",
            },
          ],
        },
      ],
    },
  },
  ...coreStaysPure("src/core/*.ts", "../**"),
  ...coreStaysPure("src/core/*/*.ts", "../../**"),
  ...coreStaysPure("src/core/*/*/*.ts", "../../../**"),
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/registryIO/**/*.ts", "src/cli/**/*.ts"],
    rules: { "no-restricted-globals": ["error", ...OFFICE_GLOBALS] },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
