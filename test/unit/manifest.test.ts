import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkManifest } from "../../scripts/manifestChecks.cjs";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const ASSETS = path.join(ROOT, "assets");

function variant(edit: (xml: string) => string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
  writeFileSync(file, edit(readFileSync(MANIFEST, "utf8")));
  return file;
}

describe("manifest.xml", () => {
  it("passes the structural checks: Word host, ReadWriteDocument, WordApi 1.3, https only, hosts in AppDomains, icons", () => {
    expect(checkManifest(MANIFEST, { assetsDir: ASSETS })).toEqual([]);
  });

  it("rejects an http URL", () => {
    const file = variant((xml) =>
      xml.replace("https://localhost:3000/commands.html", "http://localhost:3000/commands.html"),
    );
    expect(checkManifest(file, { assetsDir: ASSETS })).toEqual([
      expect.stringMatching(/Commands\.Url|bt:Url|Url.*is not https/),
    ]);
  });

  it("rejects a host missing from AppDomains", () => {
    const file = variant((xml) =>
      xml.replace(
        '<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/taskpane.html"/>',
        '<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://docs.example.net/help"/>',
      ),
    );
    expect(checkManifest(file, { assetsDir: ASSETS })).toEqual([
      expect.stringMatching(/docs\.example\.net is not listed in AppDomains/),
    ]);
  });

  it("rejects the add-in's own domain in AppDomains (it has no effect there and misleads)", () => {
    const file = variant((xml) =>
      xml.replace("<AppDomains>", "<AppDomains>\n    <AppDomain>https://localhost:3000</AppDomain>"),
    );
    expect(checkManifest(file, { assetsDir: ASSETS })).toEqual([
      "AppDomains lists https://localhost:3000, the add-in's own domain: remove it.",
    ]);
  });

  it("rejects a wrong requirement set, a dangling resid and a wrongly sized icon", () => {
    const file = variant((xml) =>
      xml
        .replace('<Set Name="WordApi" MinVersion="1.3"/>', '<Set Name="WordApi" MinVersion="1.1"/>')
        .replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>')
        .replace(
          'DefaultValue="https://localhost:3000/assets/icon-64.png"',
          'DefaultValue="https://localhost:3000/assets/icon-80.png"',
        ),
    );
    expect(checkManifest(file, { assetsDir: ASSETS })).toEqual([
      "Requirements must ask for WordApi 1.3.",
      'resid "Group.Missing" has no resource.',
      "HighResolutionIconUrl: icon-80.png must be a 64×64 PNG.",
    ]);
  });
});
