/** npm test's first step: the programs the tests drive are found, or named with the command that installs them. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { locate, missingSentence } from "../../scripts/testTools.cjs";

const SCRIPT = path.join(__dirname, "..", "..", "scripts", "test-prerequisites.mjs");

describe("finding the tests' programs", () => {
  it("takes the environment variable's path, and says when it does not exist", () => {
    const found = locate("browser", { CHROMIUM_PATH: "/nowhere/chrome" }, "linux");
    expect(found).toEqual({ path: "/nowhere/chrome", exists: false, fromVariable: "CHROMIUM_PATH" });
    expect(missingSentence("browser", found)).toBe(
      "CHROMIUM_PATH names /nowhere/chrome, which does not exist: point it at an installed Chrome, Edge or Chromium, or unset it.",
    );
  });

  it("looks where Chrome and Edge are installed on macOS (none here) and names the install command", () => {
    expect(locate("browser", {}, "darwin")).toBeNull();
    expect(missingSentence("libreoffice", null, "darwin")).toBe(
      "The tests need LibreOffice, which is not installed here: install it with `brew install --cask libreoffice` (or set SOFFICE_PATH to its path), then run the tests again.",
    );
  });

  it("stops npm test at once, in one sentence, when a path given for a program is wrong", () => {
    const result = spawnSync(process.execPath, [SCRIPT], {
      env: { ...process.env, SOFFICE_PATH: "/nowhere/soffice" },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      "SOFFICE_PATH names /nowhere/soffice, which does not exist: point it at an installed LibreOffice, or unset it.",
    );
  });
});
