// Builds the three pages of the add-in into dist/:
//   taskpane.html  the task pane Word opens (office.js from Microsoft's CDN, as AppSource requires)
//   commands.html  the ribbon's function file (same CDN office.js)
//   index.html     the browser preview that `npm start` serves; it loads nothing from the network
// plus assets/ and manifest.xml. `--mode production` rewrites the manifest's https://localhost:3000/ to
// ADDIN_PUBLIC_URL (default https://www.contoso.com/aktindsigt/, a placeholder): set it to the folder the
// add-in's static files are deployed to, e.g. ADDIN_PUBLIC_URL=https://intranet.example.dk/aktindsigt/ npm run build
//
// The dev server speaks plain http (the preview needs no certificates) unless WEBPACK_HTTPS=1, which
// scripts/start-word.mjs sets after installing office-addin-dev-certs' certificates for Word.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { DEFAULT_PUBLIC_URL, rewriteManifestUrls } from './scripts/manifest-url.js';

const root = dirname(fileURLToPath(import.meta.url));
const officeJsDist = join(root, 'node_modules', '@microsoft', 'office-js', 'dist');

/** The certificates `office-addin-dev-certs install` writes to its default folder. */
function devCertificates() {
  const folder = join(homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const missing = Object.values(files).filter((file) => !existsSync(join(folder, file)));
  if (missing.length > 0) {
    throw new Error(
      `WEBPACK_HTTPS=1 needs ${missing.join(', ')} in ${folder}; run "npx --yes office-addin-dev-certs install" ` +
        '(npm run start:word does this for you).',
    );
  }
  return Object.fromEntries(
    Object.entries(files).map(([name, file]) => [name, readFileSync(join(folder, file))]),
  );
}

export default (_env, argv) => {
  const production = argv.mode === 'production';
  const https = process.env.WEBPACK_HTTPS === '1';
  const publicUrl = process.env.ADDIN_PUBLIC_URL || DEFAULT_PUBLIC_URL;

  return {
    mode: production ? 'production' : 'development',
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/preview/index.tsx',
    },
    output: {
      path: resolve(root, 'dist'),
      filename: '[name].[contenthash:8].js',
      // dist/cli is the reviewers' CLI, built by scripts/build-cli.mjs, not by webpack.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`; the bundle only strips types.
          use: { loader: 'ts-loader', options: { transpileOnly: true } },
        },
      ],
    },
    optimization: {
      // React and Fluent UI are shared by the task pane and the preview.
      splitChunks: { chunks: 'all' },
    },
    performance: {
      // React + Fluent UI alone exceed webpack's 244 KiB default; warn only past a budget we mean.
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/preview/index.html',
        chunks: ['preview'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              production ? rewriteManifestUrls(content.toString(), publicUrl) : content,
          },
          // A local office.js for the preview, which must not fetch from the network. Only the loader, its
          // host table, Word's host scripts and the Danish/English strings: the whole package is ~86 MB and
          // includes a telemetry module we do not want served.
          {
            from: '{office.js,o15apptofilemappingtable.js,word-*.js,da-dk/office_strings.js,en-us/office_strings.js}',
            context: officeJsDist,
            to: 'office-js/',
            globOptions: { ignore: ['**/*.debug.js'] },
            // Microsoft's files as published: not run through Terser again.
            info: { minimized: true },
          },
        ],
      }),
    ],
    devServer: {
      host: 'localhost',
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
      open: false,
      // Everything is served from the compilation (pages, assets, manifest, office-js copy): no project files.
      static: false,
      server: https ? { type: 'https', options: devCertificates() } : 'http',
      // Word loads the pane and its resources cross-origin from its own host.
      headers: https ? { 'Access-Control-Allow-Origin': '*' } : {},
    },
  };
};
