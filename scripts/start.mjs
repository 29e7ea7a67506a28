// npm start: https dev server on port 3000 with development certificates, then sideload into Word desktop when
// office-addin-debugging is available (Windows/Mac), else print the playground URL and how to sideload.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT || 3000);
const officeCerts = path.join(os.homedir(), ".office-addin-dev-certs");
const localCerts = path.join(root, ".dev-certs");
const bin = (name) =>
  path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function haveCertificates(dir) {
  return existsSync(path.join(dir, "localhost.crt")) && existsSync(path.join(dir, "localhost.key"));
}

function ensureCertificates() {
  if (haveCertificates(officeCerts) || haveCertificates(localCerts)) return;
  try {
    // Creates a CA and a localhost certificate and asks the OS to trust the CA (needs admin rights there).
    execFileSync(bin("office-addin-dev-certs"), ["install"], { stdio: "inherit" });
  } catch {
    console.warn("office-addin-dev-certs could not install certificates; making a self-signed one instead.");
  }
  if (haveCertificates(officeCerts)) return;
  mkdirSync(localCerts, { recursive: true });
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "365",
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=DNS:localhost,IP:127.0.0.1",
      "-keyout",
      path.join(localCerts, "localhost.key"),
      "-out",
      path.join(localCerts, "localhost.crt"),
    ],
    { stdio: "ignore" },
  );
  console.warn(
    `Self-signed certificate written to ${localCerts}. Your browser will ask you to accept it once.`,
  );
}

function sideloadTool() {
  try {
    return (
      createRequire(import.meta.url).resolve("office-addin-debugging/package.json") &&
      bin("office-addin-debugging")
    );
  } catch {
    return null;
  }
}

/** Resolves to true when nothing listens on the port (the dev server binds localhost, so that is what we try). */
function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "localhost", () => probe.close(() => resolve(true)));
  });
}

if (!(await portIsFree(port))) {
  console.error(
    `Port ${port} is already in use: TSAG Report Assistant may already be running (open https://localhost:${port}/playground.html, or stop it with "npm stop"), or another program uses the port (start on another one with PORT=3001 npm start; Word needs manifest.xml's address to match).`,
  );
  process.exit(1);
}

ensureCertificates();
const server = spawn(bin("webpack"), ["serve", "--mode", "development"], { cwd: root, stdio: "inherit" });
writeFileSync(path.join(root, ".dev-server.pid"), String(server.pid));
server.on("exit", (code) => process.exit(code ?? 0));

const sideload = sideloadTool();
if (sideload && (process.platform === "win32" || process.platform === "darwin")) {
  // The dev server is already running: tell the tool not to start another.
  spawn(sideload, ["start", "manifest.xml", "desktop", "--dev-server-port", String(port), "--no-debug"], {
    cwd: root,
    stdio: "inherit",
  });
} else {
  console.log(`
TSAG Report Assistant is served at https://localhost:${port}/
  Playground (simulated Word document + the real task pane): https://localhost:${port}/playground.html

Sideload into Word on the web: open a document, Home > Add-ins > More Add-ins > My Add-ins >
  Upload My Add-in, and choose manifest.xml from this folder.
Sideload into Word desktop (Windows/Mac): install office-addin-debugging (npm i -g office-addin-debugging)
  and run npm start again, or see docs/running.md for the shared-folder method.
Stop with Ctrl+C or "npm stop".
`);
}
