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
