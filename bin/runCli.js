// Runs one of the package's commands (built from src/cli by `npm run build:cli`) with the real file system and
// standard streams: what tsag-check and tsag-registry share.
const { readFile, readdir, stat, writeFile } = require("node:fs/promises");
const path = require("node:path");

module.exports = function runCli(name, builtModule) {
  let cli;
  try {
    cli = require(path.join(__dirname, "..", "build", "cli", "cli", builtModule));
  } catch {
    console.error(`${name}: the command is not built yet. Run \`npm run build:cli\` (npm install does it).`);
    process.exit(2);
  }
  cli
    .main(process.argv.slice(2), {
      stdout: (text) => text && process.stdout.write(`${text}\n`),
      stderr: (text) => process.stderr.write(`${text}\n`),
      readFile: (file) => readFile(file),
      listDirectory: async (dir) =>
        (await stat(dir)).isDirectory() ? (await readdir(dir)).map((entry) => path.join(dir, entry)) : null,
      writeFile: (file, text) => writeFile(file, text, "utf8"),
      version: require(path.join(__dirname, "..", "package.json")).version,
    })
    .then(
      (code) => (process.exitCode = code),
      (error) => {
        console.error(`${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 2;
      },
    );
};
