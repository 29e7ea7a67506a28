#!/usr/bin/env node
// tsag-registry: builds a registry file from document lists. Built from src/cli by `npm run build:cli`.
const { readFile, readdir, stat, writeFile } = require("node:fs/promises");
const path = require("node:path");

let cli;
try {
  cli = require(path.join(__dirname, "..", "build", "cli", "cli", "tsagRegistry.js"));
} catch {
  console.error(
    "tsag-registry: the command is not built yet. Run `npm run build:cli` (npm install does it).",
  );
  process.exit(2);
}

cli
  .main(process.argv.slice(2), {
    stdout: (text) => text && process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    readFile: (file) => readFile(file),
    listDirectory: async (dir) =>
      (await stat(dir)).isDirectory() ? (await readdir(dir)).map((name) => path.join(dir, name)) : null,
    writeFile: (file, text) => writeFile(file, text, "utf8"),
    version: require(path.join(__dirname, "..", "package.json")).version,
  })
  .then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(
        `tsag-registry: unexpected error: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exitCode = 2;
    },
  );
