/** What `npm run build` leaves in dist/: the pages, the production manifest, and no simulator in the task pane. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkManifest } from "../../scripts/manifestChecks.cjs";

const DIST = path.resolve(__dirname, "../../dist");

describe("production build", () => {
  it("contains the task pane, the function file, the playground, the icons and the manifest", () => {
    for (const file of [
      "taskpane.html",
      "taskpane.js",
      "commands.html",
      "playground.html",
      "manifest.xml",
      "assets/icon-80.png",
    ]) {
      expect(existsSync(path.join(DIST, file))).toBe(true);
    }
  });

  it("rewrites every development URL of the manifest to the production URL, and the result still passes", () => {
    const manifest = readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain("https://tsag-report-assistant.example.org/taskpane.html");
    expect(checkManifest(path.join(DIST, "manifest.xml"), { assetsDir: path.join(DIST, "assets") })).toEqual(
      [],
    );
  });

  it("keeps the Word simulator out of the task pane bundle", () => {
    const taskpane = readFileSync(path.join(DIST, "taskpane.js"), "utf8");
    const playground = readFileSync(path.join(DIST, "playground.js"), "utf8");
    const simulatorMarker = "belongs to a finished Word.run batch"; // a message only dev/simulator contains
    expect(playground).toContain(simulatorMarker);
    expect(taskpane).not.toContain(simulatorMarker);
  });

  it("loads Office.js from Microsoft's CDN in the task pane, under a Content Security Policy", () => {
    const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(html).toMatch(
      /Content-Security-Policy[^>]*script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/,
    );
  });
});
