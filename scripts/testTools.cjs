/**
 * The two programs the tests use besides Node: a Chromium-family browser (the end-to-end tests and the
 * benchmark's task-pane start, driven by playwright-core) and LibreOffice (a second opinion that a .docx the
 * project writes or reads opens in another word processor). Found here, in one place, for the prerequisite
 * check that starts `npm test`, the end-to-end tests, the benchmark and the unit tests that convert a .docx.
 */
const { existsSync } = require("node:fs");
const path = require("node:path");

const programFiles = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"], process.env.LOCALAPPDATA]
  .filter(Boolean)
  .map(String);

/** Where each platform installs the browsers playwright-core can drive (Chrome, Edge, Chromium), best first. */
const BROWSER_PLACES = {
  linux: [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/snap/bin/chromium",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/microsoft-edge",
    "/usr/bin/microsoft-edge-stable",
  ],
  darwin: [
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
  ],
  win32: programFiles.flatMap((root) => [
    path.join(root, "Google", "Chrome", "Application", "chrome.exe"),
    path.join(root, "Microsoft", "Edge", "Application", "msedge.exe"),
    path.join(root, "Chromium", "Application", "chrome.exe"),
  ]),
};

const LIBREOFFICE_PLACES = {
  linux: ["/usr/bin/soffice", "/usr/bin/libreoffice", "/snap/bin/libreoffice"],
  darwin: ["/Applications/LibreOffice.app/Contents/MacOS/soffice"],
  win32: programFiles.map((root) => path.join(root, "LibreOffice", "program", "soffice.exe")),
};

/** The one command that installs each tool, per platform (Debian/Ubuntu's packages on Linux). */
const INSTALL = {
  browser: {
    linux: "sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium",
    darwin: "brew install --cask google-chrome",
    win32: "winget install Google.Chrome (Edge, installed with Windows, is found too)",
  },
  libreoffice: {
    linux: "sudo apt-get update && sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui",
    darwin: "brew install --cask libreoffice",
    win32: "winget install TheDocumentFoundation.LibreOffice",
  },
};

/** The Debian package that provides each tool (what `npm test` installs as root on Debian/Ubuntu). */
const DEBIAN_PACKAGE = { browser: "chromium", libreoffice: "libreoffice-writer-nogui" };

const TOOLS = {
  browser: { name: "Chrome, Edge or Chromium", variable: "CHROMIUM_PATH", places: BROWSER_PLACES },
  libreoffice: { name: "LibreOffice", variable: "SOFFICE_PATH", places: LIBREOFFICE_PLACES },
};

/**
 * The tool's executable: the environment variable's path when set (even if it does not exist, so that a
 * wrong override is reported, not silently replaced), else the first place of this platform that exists.
 */
function locate(tool, env = process.env, platform = process.platform) {
  const { variable, places } = TOOLS[tool];
  const chosen = env[variable];
  if (chosen) return { path: chosen, exists: existsSync(chosen), fromVariable: variable };
  const found = (places[platform] ?? places.linux).find((place) => existsSync(place));
  return found ? { path: found, exists: true, fromVariable: null } : null;
}

/** One sentence: what is missing and the command that installs it. */
function missingSentence(tool, found, platform = process.platform) {
  const { name, variable } = TOOLS[tool];
  const install = INSTALL[tool][platform] ?? INSTALL[tool].linux;
  if (found && !found.exists)
    return `${variable} names ${found.path}, which does not exist: point it at an installed ${name}, or unset it.`;
  return `The tests need ${name}, which is not installed here: install it with \`${install}\` (or set ${variable} to its path), then run the tests again.`;
}

/** The browser's path, or an error naming what is missing (for tests run on their own, without `npm test`). */
function requireTool(tool) {
  const found = locate(tool);
  if (found && found.exists) return found.path;
  throw new Error(missingSentence(tool, found));
}

module.exports = {
  TOOLS,
  DEBIAN_PACKAGE,
  INSTALL,
  locate,
  missingSentence,
  requireTool,
  chromiumPath: () => requireTool("browser"),
  libreOfficePath: () => requireTool("libreoffice"),
};
