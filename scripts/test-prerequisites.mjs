/**
 * The first step of `npm test`: are the programs the tests drive installed? On Debian/Ubuntu, run as root (or
 * with sudo that needs no password), it installs what is missing from Debian's packages and says so — the
 * convention of `playwright install --with-deps`. Anywhere else, a missing program stops the run here, in one
 * sentence naming it and the command that installs it, rather than as a test failing deep inside.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const { DEBIAN_PACKAGE, INSTALL, TOOLS, locate, missingSentence } = createRequire(import.meta.url)(
  "./testTools.cjs",
);

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`The tests need Node 20.19 or later; this is Node ${process.versions.node}.`);
  process.exit(1);
}

const tools = /** @type {const} */ (["browser", "libreoffice"]);
const state = () => Object.fromEntries(tools.map((tool) => [tool, locate(tool)]));
let found = state();

/** A path set by the user that does not exist is theirs to correct: never installed over. */
const wrongOverride = tools.find((tool) => found[tool] && !found[tool].exists);
if (wrongOverride) {
  console.error(missingSentence(wrongOverride, found[wrongOverride]));
  process.exit(1);
}

let missing = tools.filter((tool) => !found[tool]);
if (missing.length > 0 && canInstallDebianPackages()) {
  const packages = missing.map((tool) => DEBIAN_PACKAGE[tool]);
  console.log(
    `Installing Debian's ${packages.join(" and ")} for the tests (${missing.map((tool) => TOOLS[tool].name).join(", ")} ` +
      `not found; about a minute and a few hundred MB)…`,
  );
  const asRoot = process.getuid?.() === 0 ? [] : ["sudo", "-n"];
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["apt-get", "update", "-qq"],
    ["apt-get", "install", "-y", "-qq", "--no-install-recommends", ...packages],
  ]) {
    const command = [...asRoot, ...args];
    const result = spawnSync(command[0], command.slice(1), { stdio: ["ignore", "ignore", "inherit"], env });
    if (result.status !== 0) {
      console.error(
        `Installing ${packages.join(" and ")} failed (\`${command.join(" ")}\` exited ${result.status}).`,
      );
      process.exit(1);
    }
  }
  found = state();
  missing = tools.filter((tool) => !found[tool]);
}

if (missing.length > 0) {
  console.error(sentenceFor(missing));
  process.exit(1);
}
const label = { browser: "browser", libreoffice: "LibreOffice" };
console.log(`Test prerequisites: ${tools.map((tool) => `${label[tool]} ${found[tool].path}`).join(", ")}.`);

/** Root, or sudo without a password, on a machine with apt-get. */
function canInstallDebianPackages() {
  if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get")) return false;
  if (process.getuid?.() === 0) return true;
  return spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
}

/** One sentence naming everything missing and the command that installs it. */
function sentenceFor(tools) {
  if (tools.length === 1) return missingSentence(tools[0], null);
  const names = tools.map((tool) => TOOLS[tool].name).join(" and ");
  const variables = tools.map((tool) => TOOLS[tool].variable).join(" and ");
  const command =
    process.platform === "linux" || !INSTALL.browser[process.platform]
      ? `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${tools.map((tool) => DEBIAN_PACKAGE[tool]).join(" ")}`
      : tools.map((tool) => INSTALL[tool][process.platform]).join("` and `");
  return `The tests need ${names}, which are not installed here: install them with \`${command}\` (or set ${variables} to their paths), then run the tests again.`;
}
