// Bundles the three programs this repo ships, following the esbuild pattern of
// microsoft/vscode-extension-samples (esbuild-sample): one context per target, --watch, --production.
//   node esbuild.mjs [--production] [--watch] [--tests]
// dist/extension.js  src/extension  (cjs, node, `vscode` external)
// dist/sandbox.js    src/sandbox    (cjs, node, required by the extension on first use of the sandbox)
// dist/panels.js     src/extension/summary/panels.ts (cjs, node: run summary + result diff panels, required on first use)
// dist/profileEditor.js  Add/Edit/Remove Profile (cjs, node, required on first use)
// dist/campaign.js   src/core/campaign (cjs, node, required by the extension when a campaign runs)
// dist/cli.js        src/cli        (cjs, node, executable `elig`)
// dist/webview/      webview/       (iife, browser) + its css and the codicon font; summary.js + diff.js (run summary, result diff: webview/summary)
// out/test/host/     test/host      (--tests only: mocha suites run inside the extension host)
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const production = process.argv.includes('--production');
/** where the bundles go (tests build into a temporary folder) */
const DIST = process.env.ELIG_DIST || 'dist';
/** CI fails when the minified extension bundle grows past this (issue 6: ≤ 400 KB) */
export const EXTENSION_BUDGET_BYTES = 400 * 1024;
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/** @type {import('esbuild').Plugin} */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => { if (watch) console.log('[watch] build started'); });
    build.onEnd(result => {
      for (const { text, location } of [...result.errors, ...result.warnings]) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [problemMatcher],
  define: { 'process.env.ELIG_BUILD': JSON.stringify(production ? 'production' : 'development') },
};

const node = {
  ...common, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'],
  // proxy-agent-negotiate imports the optional native 'kerberos' only for Negotiate proxy auth
  external: ['kerberos'],
  alias: { 'whatwg-url': './src/build/whatwg-url-shim.js', debug: './src/build/debug-shim.js' },
};

/**
 * In dist/extension.js only, the compare engine is a proxy that loads it from dist/features.js on
 * first use (src/extension/lazy/compareEngine.ts): the chains stay out of activation and the budget.
 * @type {import('esbuild').Plugin}
 */
const lazyCompareEngine = {
  name: 'lazy-compare-engine',
  setup(build) {
    const index = path.resolve('src/core/compare/index.ts');
    build.onResolve({ filter: /^\.\/engine$/ }, a => (path.resolve(a.importer) === index
      ? { path: path.resolve('src/extension/lazy/compareEngine.ts') } : undefined));
  },
};

const targets = [
  { ...node, entryPoints: ['src/extension/extension.ts'], outfile: `${DIST}/extension.js`, external: ['vscode', 'kerberos'], plugins: [problemMatcher, lazyCompareEngine] },
  // the embedded sandbox, loaded by the extension on first use only (not part of activation)
  { ...node, entryPoints: ['src/sandbox/index.ts'], outfile: `${DIST}/sandbox.js` },
  // the run summary and result diff panels (host side), loaded on first use
  { ...node, entryPoints: ['src/extension/summary/panels.ts'], outfile: `${DIST}/panels.js`, external: ['vscode'] },
  // support export, runnable cURL, the campaign flow: loaded on first use (src/extension/lazy)
  { ...node, entryPoints: ['src/extension/lazy/features.ts'], outfile: `${DIST}/features.js`, external: ['vscode', 'kerberos'] },
  // Add / Edit / Remove Profile: required on first use (src/extension/commands/profileCommands.ts)
  { ...node, entryPoints: ['src/extension/profiles/profileEditor.ts'], outfile: `${DIST}/profileEditor.js`, external: ['vscode', 'kerberos'] },
  // campaigns (csv-parse, csv-stringify, the HTML report), loaded by the extension when a campaign runs
  { ...node, entryPoints: ['src/core/campaign/index.ts'], outfile: `${DIST}/campaign.js` },
  // `node --`: Node 20 reads `--env-file` anywhere on its command line, even after the script name, unless
  // `--` ends its own options; so `elig run --env-file F` reaches elig (env -S: coreutils, macOS, npm's cmd-shim)
  { ...node, entryPoints: ['src/cli/main.ts'], outfile: `${DIST}/cli.js`, banner: { js: '#!/usr/bin/env -S node --' } },
  {
    ...common, platform: 'browser', target: 'es2022', format: 'iife',
    entryPoints: { main: 'webview/main.ts', style: 'webview/style.css', matrix: 'webview/matrix/main.ts', 'matrix-style': 'webview/matrix/style.css',
      summary: 'webview/summary/main.ts', diff: 'webview/summary/diff.ts' },
    outdir: `${DIST}/webview`, loader: { '.ttf': 'file' },
  },
];

if (tests) {
  const files = [];
  const walk = d => { for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p); else if (/\.ts$/.test(e.name)) files.push(p);
  } };
  if (fs.existsSync('test/host')) walk('test/host');
  targets.push({ ...node, minify: false, sourcemap: 'inline', bundle: true, entryPoints: files,
    outdir: 'out/test/host', outbase: 'test/host', external: ['vscode', 'mocha', 'kerberos'] });
}

function copyCodicons() {
  const src = 'node_modules/@vscode/codicons/dist';
  if (!fs.existsSync(src)) return;
  fs.mkdirSync(`${DIST}/webview`, { recursive: true });
  for (const f of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(path.join(src, f), path.join(DIST, 'webview', f));
}

// a production build starts from an empty folder: no stale source maps or bundles get packaged
if (production && !watch) fs.rmSync(DIST, { recursive: true, force: true });
const contexts = await Promise.all(targets.map(t => esbuild.context(t)));
copyCodicons();
if (watch) {
  await Promise.all(contexts.map(c => c.watch()));
} else {
  await Promise.all(contexts.map(c => c.rebuild()));
  await Promise.all(contexts.map(c => c.dispose()));
  fs.chmodSync(`${DIST}/cli.js`, 0o755);
  if (production) {
    const size = fs.statSync(`${DIST}/extension.js`).size;
    console.log(`${DIST}/extension.js: ${(size / 1024).toFixed(1)} KB (budget ${EXTENSION_BUDGET_BYTES / 1024} KB)`);
    if (size > EXTENSION_BUDGET_BYTES) {
      console.error(`✘ ${DIST}/extension.js is over its ${EXTENSION_BUDGET_BYTES / 1024} KB budget`);
      process.exitCode = 1;
    }
  }
}
