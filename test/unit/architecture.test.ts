/**
 * The layering lint (eslint/architecture.mjs) fails on what it forbids: files planted for the test in src/core
 * and src/word, linted by the project's own ESLint configuration, then removed.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const ESLINT = path.join(ROOT, "node_modules/eslint/bin/eslint.js");

function lint(files: Record<string, string>): string {
  const written: string[] = [];
  const folders = new Set<string>();
  try {
    for (const [file, text] of Object.entries(files)) {
      const full = path.join(ROOT, file);
      folders.add(path.dirname(full));
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
      written.push(full);
    }
    const run = spawnSync(process.execPath, [ESLINT, ...written], {
      cwd: ROOT,
      encoding: "utf8",
    });
    return run.stdout + run.stderr;
  } finally {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
}

describe("the architecture lint", () => {
  it("refuses an upward import inside core, even a type-only one", () => {
    const output = lint({
      "src/core/document/planted-upward/planted.ts":
        'import type { Rule } from "../../rules/types";\nexport type Planted = Rule;\n',
    });
    expect(output).toMatch(/src\/core\/document \(layer 0\) must not import src\/core\/rules \(layer 3\)/);
  });

  it("refuses an import cycle", () => {
    const output = lint({
      "src/core/actions/planted-cycle/first.ts":
        'import type { Second } from "./second";\nexport type First = Second[];\n',
      "src/core/actions/planted-cycle/second.ts":
        'import type { First } from "./first";\nexport type Second = First | 1;\n',
    });
    expect(output).toMatch(
      /Import cycle: src\/core\/actions\/planted-cycle\/first\.ts → .*second\.ts → .*first\.ts/,
    );
  });

  it("keeps src/word to the document layer of the core", () => {
    const output = lint({
      "src/word/planted-reach/planted.ts":
        'import { findActions } from "../../core/actions/parse";\nexport const planted = findActions;\n',
    });
    expect(output).toMatch(/src\/word uses only the document layer/);
  });

  it("passes a downward import", () => {
    const output = lint({
      "src/core/rules/planted-downward/planted.ts":
        'import type { Finding } from "../../document/findings";\nexport type Planted = Finding;\n',
    });
    expect(output).not.toMatch(/error/i);
  });
});
