// Runs the mocha suites compiled to out/test/host/** INSIDE the real extension host of code-server,
// through the extensionTestsPath contract of @vscode/test-electron, prints one line per test and a
// closing `N passed, N failed`, and exits non-zero when anything failed.
//
//   node test/harness/run-host-tests.mjs            the project's passes (see PASSES below)
//   node test/harness/run-host-tests.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=MODULE [folder]
//        one run with test-electron's own flags: what code-shim.sh forwards when @vscode/test-electron
//        or @vscode/test-cli think they are starting VS Code.
// Env: ELIG_HOST_PASS=fresh|main|proxy-env (one pass only), ELIG_HOST_ROOT (default /tmp/eh), EXT_TEST_TIMEOUT_MS (default 300000 per pass), DEBUG_CONSOLE=1
// (every console line of the workbench), KEEP_RUN_DIR=1 (keep the host's run folder even when green).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import util from 'node:util';
import { REPO, HOST_ROOT, RESULTS, ensureHost, startHost, launchBrowser, makeWorkspace, saveHostLogs } from './host.mjs';

const OUT = path.join(REPO, 'out/test/host');
const PROBE = path.join(REPO, 'test/host/probe-ext');
const TIMEOUT = Number(process.env.EXT_TEST_TIMEOUT_MS || 300000);

/**
 * fresh: a Restricted Mode window (Workspace Trust on, nothing trusted) on a folder with no request
 *        file, plus a probe extension activated onStartupFinished: proves nothing activates eagerly,
 *        then the trust guard.
 * main:  a trusted window on a copy of examples/ + test/fixtures/requests: everything else.
 */
const PASSES = [
  { name: 'fresh', testsPath: path.join(OUT, 'fresh'), trust: false, withExamples: false, probe: true },
  { name: 'main', testsPath: path.join(OUT, 'suite'), trust: true, withExamples: true, probe: false },
  // VS Code started with HTTP(S)_PROXY in its environment and an empty http.proxy (a Linux desktop or a
  // remote behind a corporate proxy): the test starts the proxy on the port named here
  { name: 'proxy-env', testsPath: path.join(OUT, 'proxy-env'), trust: true, withExamples: false, probe: false, proxyEnv: true },
];

/** A free loopback port (for a proxy the pass's tests start once VS Code runs). */
function freeLoopbackPort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

function parseArgs(argv) {
  const devPaths = [], positional = [];
  let testsPath, trust = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i], eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = () => (a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : argv[++i]);
    if (flag === '--extensionDevelopmentPath') devPaths.push(path.resolve(value()));
    else if (flag === '--extensionTestsPath') testsPath = path.resolve(value());
    else if (flag === '--disable-workspace-trust') trust = true;
    else if (/^--(user-data-dir|extensions-dir|locale|log|crash-reporter-directory|logsPath)$/.test(flag)) value(); // we use a fresh profile
    else if (!a.startsWith('-')) positional.push(path.resolve(a));
    // other electron/VS Code flags (--no-sandbox, --disable-updates, --skip-welcome, ...) mean nothing here
  }
  return { devPaths, testsPath, folder: positional[0], trust };
}

// workbench chatter that is not test output
const NOISE = /connection token|Creating a socket|builtin extensions cache|Service Worker|ChatSessionStore|open-vsx|Failed to load resource|Overwriting extension|web worker extension host|unexpected service worker|reconnection-grace-time|vsda|^\s*(INFO|WARN)?\s*$/;
async function formatConsole(m) {
  // extension-host output reaches the page console as ('%c INFO', css, fmt, ...args) or
  // ('%c[Extension Host] %c' + fmt, css, css, ...args): drop the CSS arguments, then printf-format
  const args = await Promise.all(m.args().map(a => a.jsonValue()));
  if (typeof args[0] === 'string' && args[0].startsWith('%c')) {
    const n = (args[0].match(/%c/g) || []).length;
    args.splice(1, n); args[0] = args[0].replace(/%c/g, '').trim();
    if (/^(TRACE|DEBUG|INFO|WARN|ERR)$/.test(args[0]) && typeof args[1] === 'string') return util.format(...args.slice(1));
  }
  return util.format(...args);
}

const stamp = (what, since) => { if (process.env.ELIG_TIMING) console.log(`    ${what}: ${Date.now() - since} ms`); };

/**
 * A private CA the host trusts as a user can hand one to VS Code without touching the system store:
 * NODE_EXTRA_CA_CERTS in the environment VS Code starts with (read once, at start; the extension
 * host inherits it). test/host/suite/72-private-ca.test.ts signs its https front with this CA
 * (ELIG_TEST_CA_DIR: ca.pem, ca.key), and another CA for the refusal.
 */
function hostCa(dir) {
  // test/harness/run-host-system-ca.sh: the CA is in the OS store of a mount namespace, not in NODE_EXTRA_CA_CERTS
  if (process.env.ELIG_TEST_CA_SYSTEM_STORE === '1') return { ELIG_TEST_CA_DIR: process.env.ELIG_TEST_CA_DIR };
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', path.join(dir, 'ca.key'),
    '-out', path.join(dir, 'ca.pem'), '-days', '2', '-subj', '/CN=Eligibility Explorer Host Test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return { NODE_EXTRA_CA_CERTS: path.join(dir, 'ca.pem'), ELIG_TEST_CA_DIR: dir };
}

/** One code-server + one browser window in which the extension host runs testsPath. */
async function runPass(hostEnv, { name, devPaths, testsPath, folder, trust, installed = [], proxyEnv = false }) {
  const t0 = Date.now();
  const runDir = path.join(HOST_ROOT, 'run', `host-${name}-${process.pid}`);
  const resultsFile = path.join(runDir, 'results.json');
  // next to the run folder, which startHost empties
  const caDir = `${runDir}-ca`;
  const host = await startHost({ hostEnv, runDir, trust, installed, env: {
    ELIG_TEST_RESULTS: resultsFile, ELIG_TEST_PASS: name, ELIG_TEST_RUN_DIR: runDir, ELIG_TEST_RESTRICTED: trust ? '0' : '1', ...hostCa(caDir),
    ...(process.env.ELIG_HOST_GREP ? { ELIG_HOST_GREP: process.env.ELIG_HOST_GREP } : {}),
    // one retry in CI (reported as flaky at the end), none locally unless asked: see test/host/runner.ts
    ELIG_HOST_RETRIES: process.env.ELIG_HOST_RETRIES ?? (process.env.CI ? '1' : '0'),
    ...(proxyEnv ? await (async () => {
      const proxy = `http://127.0.0.1:${await freeLoopbackPort()}`;
      return { HTTP_PROXY: proxy, HTTPS_PROXY: proxy, http_proxy: proxy, https_proxy: proxy, NO_PROXY: '', no_proxy: '', ELIG_TEST_ENV_PROXY: proxy };
    })() : {}),
  } });
  let code = 1, ctx, timer;
  try {
    const tb = Date.now();
    ctx = await launchBrowser(hostEnv, runDir);
    const page = ctx.pages()[0] ?? await ctx.newPage();
    // the workbench calls window.codeAutomationExit(code) when the extension host's test run ends
    const exited = new Promise(resolve => page.exposeFunction('codeAutomationExit', c => resolve(c)));
    page.on('console', m => formatConsole(m).catch(() => m.text())
      .then(text => { if (process.env.DEBUG_CONSOLE || (!NOISE.test(text) && !/^\s*(ok|FAIL) /.test(text))) console.log(`  [${name}] ${text}`); }));
    await page.goto(host.workbenchUrl(folder, [
      // the workbench keeps only one extensionDevelopmentPath from the payload: the last one
    ...devPaths.slice(-1).map(p => ['extensionDevelopmentPath', host.remoteUri(p)]),
      ['extensionTestsPath', host.remoteUri(testsPath)],
    ]));
    // a workbench that ignores the payload never becomes an Extension Development Host: fail fast
    const devHostSeen = page.waitForFunction(() => document.title.includes('Extension Development Host'), null, { timeout: 60000 })
      .then(() => new Promise(() => {}), () => { console.error('The window did not become an Extension Development Host.'); return 3; });
    const tl = Date.now();
    void page.locator('.monaco-workbench').waitFor({ timeout: 60000 }).then(() => stamp('workbench shown', tl), () => {});
    stamp('browser launched', tb);
    code = await Promise.race([exited, devHostSeen,
      new Promise(r => { timer = setTimeout(() => { console.error(`TIMEOUT after ${TIMEOUT} ms`); r(124); }, TIMEOUT); })]);
  } catch (e) {
    console.error(e); code = 1;
  } finally {
    clearTimeout(timer);
    const tc = Date.now();
    await ctx?.close().catch(() => {});
    await host.stop();
    stamp('browser and host stopped', tc);
  }
  let passed = 0, failed = 0;
  const failures = [], flaky = [];
  if (fs.existsSync(resultsFile)) { // written by test/host/runner.ts (absent with test-cli's own runner)
    const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    for (const t of r.results) {
      const line = `${t.state === 'passed' ? 'ok  ' : t.state === 'pending' ? 'skip' : 'FAIL'} [${name}] ${t.title}${t.error ? '\n       ' + t.error.split('\n').slice(0, 6).join('\n       ') : ''}`;
      console.log(line);
      if (t.state === 'failed') failures.push(line);
      if (t.flaky) flaky.push(`FLAKY [${name}] ${t.title}: passed on its retry; the first run failed with\n       ${t.flaky.split('\n').slice(0, 6).join('\n       ')}`);
    }
    passed = r.passed; failed = r.failed;
  } else if (code === 0) passed = 1; // a foreign runner: count the run
  if (code !== 0 && failed === 0) { failed = 1; failures.push(`FAIL [${name}] the pass exited ${code} before reporting (crash or timeout): see the host logs`); }
  const ms = Date.now() - t0;
  console.log(`pass ${name}: exit ${code}, ${passed} passed, ${failed} failed (server start ${host.startMs} ms, ${ms} ms)`);
  if (code !== 0) console.log(`  host logs kept: ${saveHostLogs(runDir, path.join(RESULTS, 'host', name))}`);
  if (code === 0 && !process.env.KEEP_RUN_DIR) fs.rmSync(runDir, { recursive: true, force: true });
  fs.rmSync(caDir, { recursive: true, force: true });
  return { code, passed, failed, failures, flaky };
}

const t0 = Date.now();
const hostEnv = ensureHost();
const args = parseArgs(process.argv.slice(2));
let runs;
if (args.devPaths.length || args.testsPath) {
  if (!args.devPaths.length || !args.testsPath) {
    console.error('usage: run-host-tests.mjs [--extensionDevelopmentPath=DIR --extensionTestsPath=MODULE [folder]]');
    process.exit(2);
  }
  const folder = args.folder ?? makeWorkspace(path.join(HOST_ROOT, 'ws', `shim-${process.pid}`));
  // test-electron can pass several development paths: the first is the extension, the others get installed
  runs = [{ name: 'shim', devPaths: args.devPaths.slice(0, 1), installed: args.devPaths.slice(1), testsPath: args.testsPath, folder, trust: args.trust, owned: !args.folder }];
} else {
  for (const p of PASSES) {
    if (!fs.existsSync(p.testsPath)) { console.error(`${p.testsPath} is missing: run 'node esbuild.mjs --tests' first`); process.exit(2); }
  }
  runs = PASSES.filter(p => !process.env.ELIG_HOST_PASS || p.name === process.env.ELIG_HOST_PASS).map(p => {
    const folder = makeWorkspace(path.join(HOST_ROOT, 'ws', `${p.name}-${process.pid}`), { withExamples: p.withExamples });
    if (!p.withExamples) fs.writeFileSync(path.join(folder, 'data.json'), '{ "plain": "json, not a request file" }\n');
    return { ...p, folder, owned: true, devPaths: [REPO], installed: p.probe ? [PROBE] : [] };
  });
}
let passed = 0, failed = 0, code = 0;
const failures = [], flaky = [];
for (const r of runs) {
  const res = await runPass(hostEnv, r);
  passed += res.passed; failed += res.failed; code ||= res.code; failures.push(...res.failures); flaky.push(...res.flaky);
  if (r.owned && !process.env.KEEP_RUN_DIR) fs.rmSync(r.folder, { recursive: true, force: true });
}
console.log(`host tier: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
// repeated last: CI logs are often read from their tail only
if (flaky.length) console.log(`flaky (passed only on a retry: fix them):\n${flaky.join('\n')}`);
if (failures.length) console.log(`failures:\n${failures.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(code || (failed ? 1 : 0));
