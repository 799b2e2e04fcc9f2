const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const devCerts = () => {
  try {
    return require("office-addin-dev-certs").getHttpsServerOptions();
  } catch {
    return undefined;
  }
};

/**
 * Pages: taskpane.html (inside Word, loads office.js; also the ribbon's function file, in the shared runtime) and
 * preview.html (the pane beside a simulated document, for machines without Word and for the e2e tests).
 * `--env https` serves over HTTPS with the Office dev certificates, as Word requires for sideloading.
 */
module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const https = env.https ? await devCerts() : undefined;
  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
      web: "./src/web/index.tsx",
      probe: "./src/probe/index.ts",
    },
    output: {
      path: path.resolve(__dirname, env.outDir || "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], scriptLoading: "defer" }),
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"], scriptLoading: "defer" }),
      // DraftKit 网页版: a standalone page (open a .docx, scan/fill/audit, download), offline from any static server
      new HtmlWebpackPlugin({ filename: "web.html", template: "./src/web/web.html", chunks: ["web"], scriptLoading: "defer" }),
      // the Word probe (docs/probe): records what real Word's API returns; ?sim runs it against the simulation
      new HtmlWebpackPlugin({ filename: "probe.html", template: "./src/probe/probe.html", chunks: ["probe"], scriptLoading: "defer" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/preview/preview.css", to: "preview.css" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/help.html", to: "help.html" },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : "http",
      client: { overlay: { warnings: false, errors: true } },
      open: false,
    },
  };
};
