/**
 * The layering lint (eslint/architecture.mjs and the src/word restriction in eslint.config.mjs) fails on what it
 * forbids: files planted for the test in src/core and src/word, linted in one run by the project's own ESLint
 * configuration, then removed.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const ESLINT = path.join(ROOT, "node_modules/eslint/bin/eslint.js");
const PLANTED = "planted-by-architecture-test";

const FILES: Record<string, string> = {
  [`src/core/document/${PLANTED}/upward.ts`]:
    'import type { Rule } from "../../rules/types";\nexport type Planted = Rule;\n',
  [`src/core/actions/${PLANTED}/first.ts`]:
    'import type { Second } from "./second";\nexport type First = Second[];\n',
  [`src/core/actions/${PLANTED}/second.ts`]:
    'import type { First } from "./first";\nexport type Second = First | 1;\n',
  [`src/word/${PLANTED}/reach.ts`]:
    'import { findActions } from "../../core/actions/parse";\nexport const planted = findActions;\n',
  [`src/core/rules/${PLANTED}/downward.ts`]:
    'import type { Finding } from "../../document/findings";\nexport type Planted = Finding;\n',
};

/** ESLint's messages for each planted file, by file name. */
let messages: Record<string, string[]> = {};

beforeAll(() => {
  const folders = new Set(Object.keys(FILES).map((file) => path.join(ROOT, path.dirname(file))));
  try {
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(path.join(ROOT, path.dirname(file)), { recursive: true });
      writeFileSync(path.join(ROOT, file), text);
    }
    const run = spawnSync(process.execPath, [ESLINT, "--format", "json", ...Object.keys(FILES)], {
      cwd: ROOT,
      encoding: "utf8",
    });
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { message: string }[] }[];
    messages = Object.fromEntries(
      results.map((result) => [path.basename(result.filePath), result.messages.map((m) => m.message)]),
    );
  } finally {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
}, 60_000);

describe("the architecture lint", () => {
  it("refuses an upward import inside core, even a type-only one", () => {
    expect(messages["upward.ts"]).toEqual([
      expect.stringMatching(/src\/core\/document \(layer 0\) must not import src\/core\/rules \(layer 3\)/),
    ]);
  });

  it("refuses an import cycle, naming it", () => {
    expect(messages["first.ts"]).toEqual([
      expect.stringMatching(
        new RegExp(`Import cycle: src/core/actions/${PLANTED}/first\\.ts → .*second\\.ts → .*first\\.ts`),
      ),
    ]);
  });

  it("keeps src/word to the document layer of the core", () => {
    expect(messages["reach.ts"]).toEqual([expect.stringMatching(/src\/word uses only the document layer/)]);
  });

  it("passes a downward import", () => {
    expect(messages["downward.ts"]).toEqual([]);
  });
});
