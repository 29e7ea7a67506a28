// npm run validate [manifest]: Microsoft's validator when its online service is reachable, otherwise (offline)
// the project's structural checks plus office-addin-manifest's own offline parse. Always says which ran.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const manifest = path.resolve(process.argv[2] ?? path.join(root, "manifest.xml"));
const { checkManifest } = createRequire(import.meta.url)("./manifestChecks.cjs");
const tool = path.join(
  root,
  "node_modules",
  ".bin",
  process.platform === "win32" ? "office-addin-manifest.cmd" : "office-addin-manifest",
);

function run(args) {
  const result = spawnSync(tool, args, { encoding: "utf8", timeout: 30_000 });
  return { ok: result.status === 0, output: `${result.stdout ?? ""}${result.stderr ?? ""}`.trim() };
}

const structural = checkManifest(manifest, { assetsDir: path.join(root, "assets") });
if (structural.length > 0) {
  console.error(`Manifest structural check FAILED for ${path.relative(root, manifest)}:`);
  for (const problem of structural) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(`Structural check (offline, scripts/manifestChecks.cjs): passed.`);

const online = run(["validate", manifest]);
const offlineReason =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|fetch failed|network|getaddrinfo|socket hang up/i;
if (online.ok) {
  console.log("Microsoft's validator (office-addin-manifest validate, online): passed.");
} else if (offlineReason.test(online.output) || online.output === "") {
  const info = run(["info", manifest]);
  if (!info.ok) {
    console.error(`office-addin-manifest could not read the manifest:\n${info.output}`);
    process.exit(1);
  }
  console.log("Microsoft's validator needs its online service, which is unreachable here: it did NOT run.");
  console.log("Offline parse (office-addin-manifest info): passed.");
} else {
  console.error(`Microsoft's validator (online) rejected the manifest:\n${online.output}`);
  process.exit(1);
}
