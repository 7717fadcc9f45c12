// Builds the Excel add-in into dist/: taskpane.html (shared runtime page hosting both bundles),
// taskpane.js, functions.js, functions.json (generated from JSDoc), manifest.xml, assets/, support.html.
//   npm run build        production; manifest URLs become ADDIN_BASE_URL (default below)
//   npm run dev-server   https://localhost:3000 with office-addin-dev-certs (only here)
// Type checking is `npm run lint`'s job: ts-loader only transpiles.
'use strict';
const path = require('path');
const { NormalModule } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const DEV_BASE_URL = 'https://localhost:3000/';
const DEFAULT_PROD_BASE_URL = 'https://lsa-audit.example.org/';
const DEV_PORT = 3000;
const FUNCTIONS_SOURCE = './src/functions/functions.ts';

/** The one production setting: where dist/ is hosted. Must be https and end with '/'. */
function productionBaseUrl() {
  const raw = (process.env.ADDIN_BASE_URL || DEFAULT_PROD_BASE_URL).trim();
  const base = raw.endsWith('/') ? raw : `${raw}/`;
  if (!/^https:\/\/[^/]+\//.test(base)) throw new Error(`ADDIN_BASE_URL must be an https URL; got '${raw}'`);
  return base;
}

/**
 * custom-functions-metadata-plugin also appends unguarded `CustomFunctions.associate(...)` calls to
 * functions.ts through a loader; functions.ts registers itself (guarded), so that loader is dropped.
 * Its metadata always sets allowCustomDataForDataTypeAny (data types such as linked Stocks values reach `any`
 * parameters as objects); core reads plain values, so functions.json says false and Excel passes plain values.
 */
class FunctionsMetadataPlugin extends CustomFunctionsMetadataPlugin {
  apply(compiler) {
    super.apply(compiler);
    const output = this.options.output;
    compiler.hooks.thisCompilation.tap('LsaFunctionsMetadataJson', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'LsaFunctionsMetadataJson', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset(output);
        if (!asset) return;
        const metadata = JSON.parse(asset.source.source().toString());
        metadata.allowCustomDataForDataTypeAny = false;
        compilation.updateAsset(output, new compiler.webpack.sources.RawSource(JSON.stringify(metadata, null, 4)));
      });
    });
    // An internal path of the plugin: its version is pinned exactly in package.json, and
    // test/build/pinnedInternals.test.ts fails if the plugin stops adding this loader.
    const appender = require.resolve('custom-functions-metadata-plugin/lib/loader.js');
    compiler.hooks.compilation.tap('LsaFunctionsMetadata', (compilation) => {
      NormalModule.getCompilationHooks(compilation).beforeLoaders.tap('LsaFunctionsMetadata', (_loaders, module) => {
        module.loaders = module.loaders.filter((l) => l.loader !== appender);
      });
    });
  }
}

async function devServerHttps() {
  const devCerts = require('office-addin-dev-certs'); // only for `webpack serve`: build needs no certificates
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const dev = argv.mode === 'development';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const base = dev ? DEV_BASE_URL : productionBaseUrl();
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false, // no eval-based maps: the page's CSP has no 'unsafe-eval'
    entry: {
      functions: FUNCTIONS_SOURCE,
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js', // fixed names: the manifest points at functions.js
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules out so webpack can tree-shake (tsconfig.json emits CommonJS for node).
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: dev } },
          },
        },
      ],
    },
    cache: { type: 'filesystem', version: `${argv.mode}|${base}`, buildDependencies: { config: [__filename] } },
    performance: { hints: dev ? false : 'warning', maxEntrypointSize: 1024 * 1024, maxAssetSize: 1024 * 1024 },
    plugins: [
      new FunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: 'functions.json' }),
      // Shared runtime: one page runs the custom functions and the task pane, so it loads both bundles.
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        templateParameters: { cspConnectSrc: dev ? `'self' wss://localhost:${DEV_PORT}` : "'none'" },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'assets/support.html', to: 'support.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_BASE_URL).join(base),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          server: { type: 'https', options: await devServerHttps() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          hot: false, // live reload only: no HMR runtime in the pages
        }
      : undefined,
  };
};
