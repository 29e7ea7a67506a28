/**
 * Three pages: the task pane and the ribbon's function file (what Word loads), and the playground (a simulated
 * Word document beside the real task pane; the only entry that includes dev/simulator).
 * manifest.xml is copied with its development URL rewritten to ADDIN_PUBLIC_URL in production builds.
 */
const path = require("path");
const fs = require("fs");
const os = require("os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { marked } = require("marked");

const DEV_ORIGIN = "https://localhost:3000";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Development certificates: office-addin-dev-certs' files, or the self-signed pair scripts/start.mjs made. */
function httpsOptions() {
  const candidates = [path.join(os.homedir(), ".office-addin-dev-certs"), path.join(__dirname, ".dev-certs")];
  for (const dir of candidates) {
    const cert = path.join(dir, "localhost.crt");
    const key = path.join(dir, "localhost.key");
    if (fs.existsSync(cert) && fs.existsSync(key)) {
      return { cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
    }
  }
  return undefined;
}

/**
 * A rule's page (docs/rules/<id>.md) as the standalone page the pane links to from the rule's findings
 * ("About this check"). The Markdown is the project's own; the page loads nothing from elsewhere.
 */
function rulePage(markdown) {
  const body = marked.parse(markdown.toString());
  const title = /^#\s+(.*)$/m.exec(markdown.toString())?.[1] ?? "Rule";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title.replace(/[<>&]/g, "")} · TSAG Report Assistant</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.5;color:#1a1a1a}
pre{background:#f3f3f3;padding:.6em;overflow:auto}code{font-family:Consolas,monospace}
@media (prefers-color-scheme:dark){body{background:#1f1f1f;color:#eee}pre{background:#2b2b2b}a{color:#7cb4ff}}</style>
</head><body>${body}<p><small>A check of TSAG Report Assistant.</small></p></body></html>
`;
}

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const publicUrl =
    process.env.ADDIN_PUBLIC_URL ||
    (production ? "https://tsag-report-assistant.example.org/" : `${DEV_ORIGIN}/`);
  if (!/^https:\/\//.test(publicUrl))
    throw new Error(`ADDIN_PUBLIC_URL must be an https URL, got ${publicUrl}`);
  const publicBase = publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`;
  const plainHttp = process.env.DEV_SERVER_HTTP === "1";

  return {
    // No eval-based source maps, even in development: the pages' Content-Security-Policy forbids 'unsafe-eval',
    // and a dev build that the CSP blocks shows a blank pane (npm start serves this build).
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      playground: "./dev/playground/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // transpileOnly: `npm run typecheck` type-checks; the build stays fast.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJs: OFFICE_JS_CDN,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        officeJs: OFFICE_JS_CDN,
      }),
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./dev/playground/playground.html",
        chunks: ["playground"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/sample-registry.json", to: "assets/[name][ext]" },
          { from: "docs/rules/*.md", to: "rules/[name].html", transform: rulePage },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_ORIGIN).join(publicBase.replace(/\/$/, "")),
          },
        ],
      }),
    ],
    devServer: {
      host: "localhost",
      port: Number(process.env.PORT || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: plainHttp ? "http" : { type: "https", options: httpsOptions() },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};
