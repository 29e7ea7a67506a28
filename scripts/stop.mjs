// npm stop: stops the dev server that npm start launched and, where it was used, ends sideloading.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const pidFile = path.join(root, ".dev-server.pid");

if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid);
    console.log(`Dev server (pid ${pid}) stopped.`);
  } catch {
    console.log("The dev server was not running.");
  }
  rmSync(pidFile);
} else {
  console.log("No dev server started by npm start is running.");
}

const tool = path.join(
  root,
  "node_modules",
  ".bin",
  process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging",
);
if (existsSync(tool)) spawnSync(tool, ["stop", "manifest.xml"], { cwd: root, stdio: "inherit" });
