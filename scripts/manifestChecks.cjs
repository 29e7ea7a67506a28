// Offline structural checks of the add-in manifest: what Microsoft's online validator would reject and what this
// project promises (https only, every other host in AppDomains and not the add-in's own, icons of the right size, WordApi 1.3).
// Used by scripts/validate-manifest.mjs and by the unit tests.
const { readFileSync, existsSync } = require("node:fs");
const path = require("node:path");
const { XMLParser } = require("fast-xml-parser");

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every value in the parsed tree, with the path that leads to it. */
function* walk(node, trail = []) {
  if (Array.isArray(node)) {
    for (const item of node) yield* walk(item, trail);
  } else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) yield* walk(value, [...trail, key]);
  } else {
    yield { trail, value: String(node) };
  }
}

/** Width and height from a PNG's IHDR chunk, or null if the file is not a PNG. */
function pngSize(file) {
  const bytes = readFileSync(file);
  if (bytes.length < 24 || bytes.toString("ascii", 1, 4) !== "PNG") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * @param {string} manifestPath
 * @param {{ assetsDir?: string }} [options] where icon URLs' /assets/… files live (defaults to ./assets)
 * @returns {string[]} problems; empty when the manifest passes
 */
function checkManifest(manifestPath, options = {}) {
  const problems = [];
  const xml = readFileSync(manifestPath, "utf8");
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true });
  const app = parser.parse(xml).OfficeApp;
  if (!app) return ["The root element is not OfficeApp."];

  const text = (value) => (value && typeof value === "object" ? value["@DefaultValue"] : value);
  if (!GUID.test(String(app.Id ?? ""))) problems.push("Id must be a GUID.");
  if (!/^\d+(\.\d+){0,3}$/.test(String(app.Version ?? ""))) problems.push("Version must look like 1.0.0.0.");
  for (const field of ["ProviderName", "DefaultLocale"])
    if (!app[field]) problems.push(`${field} is missing.`);
  const displayName = text(app.DisplayName) ?? "";
  if (!displayName || displayName.length > 125) problems.push("DisplayName must have 1–125 characters.");
  const description = text(app.Description) ?? "";
  if (!description || description.length > 250) problems.push("Description must have 1–250 characters.");

  const hosts = [app.Hosts?.Host].flat().map((host) => host?.["@Name"]);
  if (!hosts.includes("Document")) problems.push('Hosts must contain <Host Name="Document"/> (Word).');
  if (app.Permissions !== "ReadWriteDocument") problems.push("Permissions must be ReadWriteDocument.");
  const sets = [app.Requirements?.Sets?.Set].flat().filter(Boolean);
  const wordApi = sets.find((set) => set["@Name"] === "WordApi");
  if (!wordApi || wordApi["@MinVersion"] !== "1.3") problems.push("Requirements must ask for WordApi 1.3.");

  const source = text(app.DefaultSettings?.SourceLocation);
  const appDomains = [app.AppDomains?.AppDomain].flat().filter(Boolean).map(String);
  const allowedOrigins = new Set([...appDomains.map((domain) => new URL(domain).origin)]);
  if (source) {
    const own = new URL(source).origin;
    // Microsoft's AppDomain reference: listing SourceLocation's own domain "has no effect and can be misleading".
    if (allowedOrigins.has(own))
      problems.push(`AppDomains lists ${own}, the add-in's own domain: remove it.`);
    allowedOrigins.add(own);
  }

  const urls = [...walk(app)].filter(({ value }) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value));
  for (const { trail, value } of urls) {
    const where = trail.filter((part) => !part.startsWith("@")).join("/");
    const url = new URL(value);
    if (url.protocol !== "https:") problems.push(`${where}: ${value} is not https.`);
    else if (!allowedOrigins.has(url.origin))
      problems.push(`${where}: ${url.origin} is not listed in AppDomains.`);
  }

  const resources = app.VersionOverrides?.Resources ?? {};
  const ids = new Set(
    [...walk(resources)].filter(({ trail }) => trail[trail.length - 1] === "@id").map(({ value }) => value),
  );
  for (const { value } of [...walk(app.VersionOverrides ?? {})].filter(
    ({ trail }) => trail.at(-1) === "@resid",
  )) {
    if (!ids.has(value)) problems.push(`resid "${value}" has no resource.`);
  }

  const assetsDir = options.assetsDir ?? path.join(path.dirname(manifestPath), "assets");
  const expectIcon = (url, size, label) => {
    if (!url) return problems.push(`${label} is missing.`);
    const file = path.join(assetsDir, path.basename(new URL(url).pathname));
    if (!existsSync(file)) return problems.push(`${label}: ${file} does not exist.`);
    const actual = pngSize(file);
    if (!actual || actual.width !== size || actual.height !== size) {
      problems.push(`${label}: ${path.basename(file)} must be a ${size}×${size} PNG.`);
    }
  };
  expectIcon(text(app.IconUrl), 32, "IconUrl");
  expectIcon(text(app.HighResolutionIconUrl), 64, "HighResolutionIconUrl");
  for (const image of [resources.Images?.Image].flat().filter(Boolean)) {
    const size = Number(/(\d+)x\d+/.exec(image["@id"])?.[1]);
    expectIcon(image["@DefaultValue"], size, `Image ${image["@id"]}`);
  }
  return problems;
}

module.exports = { checkManifest };
